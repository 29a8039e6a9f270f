"""A named place inside a predicate ("lives in Texas", "works at Google", "comes from Lima"): the place is part of
what is done, as "lives in the city" is, over fresh people, places and rule shapes; answers by the syllogism's truth,
and a different place asked about abstains (living in one place says nothing of another without world knowledge)."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

PEOPLE = ["Jake", "Nora", "Omar", "Priya", "Quinn", "Rosa"]
PLACES = [("lives in", "live in", ["Texas", "Ohio", "Paris", "Lima"]),
          ("works at", "work at", ["Google", "Boeing", "Nintendo"]),
          ("comes from", "come from", ["Oslo", "Kyoto", "Quito"])]
KINDS = [("friends", "friend"), ("classmates", "classmate"), ("teammates", "teammate")]


@pytest.mark.parametrize("seed", range(4))
def test_rules_about_a_named_place(seed: int) -> None:
    rng = random.Random(seed)
    person = rng.choice(PEOPLE)
    said, base, places = rng.choice(PLACES)
    place = rng.choice(places)
    plural, singular = rng.choice(KINDS)
    quantifier, expected = rng.choice([("All my", "yes"), ("None of my", "no")])
    rule = f"{quantifier} {plural} {base} {place}."
    text = f"{rule} {person} is my {singular}. Does {person} {base} {place}?"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason, verdict.unparsed)
    direct = solve(f"{person} {said} {place}. Does {person} {base} {place}?")
    assert (direct.status, direct.answer) == ("verified", "yes")


def test_another_place_is_not_settled() -> None:
    assert solve("Jake lives in Texas. Does Jake live in Ohio?").status == "abstained"
