"""A relative clause with an object, then a verb with a preposition: "Nobody who has a fever goes to school." had a
second reading, nobody who "has a fever goes to" is "school", and abstained as ambiguous. A restriction that runs on
into the verb heading another reading's predicate is dropped (`grammar._swallows_a_clause`)."""

from __future__ import annotations

import random

import pytest

import agentlib

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
HAVES = [("has a fever", "have a fever"), ("owns a car", "own a car"), ("has a cold", "have a cold")]
GOES = [("goes to school", "go to school"), ("goes to work", "go to work"), ("walks to work", "walk to work"),
        ("comes to class", "come to class")]


@pytest.mark.parametrize("seed", range(12))
def test_no_one_who_has_something_goes_somewhere(seed):
    rng = random.Random(seed)
    name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    has, _ = rng.choice(HAVES)
    goes, go = rng.choice(GOES)
    quantifier, expected = rng.choice([("Nobody", "no"), ("No one", "no"), ("Everyone", "yes")])
    text = f"{quantifier} who {has} {goes}. {name} {has}. Does {name} {go}?"
    verdict = agentlib.solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason, verdict.unparsed)
