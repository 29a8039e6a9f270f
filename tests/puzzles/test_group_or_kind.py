"""A quantity of a group noun that the text also uses as a kind ("None of the students failed. Zara is a student.
Did Zara fail?"), generated with fresh names, nouns and verbs: read as every student and as the people named, an
answer stands only where both readings give it. Before: the sentence had two readings, and every such puzzle
abstained."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ka", "lo", "mi", "ru", "te", "sa", "no", "vi", "da", "pe", "zu", "ho"]
NOUNS = [("students", "student"), ("players", "player"), ("kids", "kid"), ("runners", "runner"),
         ("villagers", "villager")]
VERBS = [("failed", "fail"), ("cheated", "cheat"), ("complained", "complain"), ("laughed", "laugh")]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


@pytest.mark.parametrize("seed", range(12))
def test_a_member_named_as_the_kind_gets_the_answer_both_readings_give(seed: int) -> None:
    rng = random.Random(seed)
    plural, singular = rng.choice(NOUNS)
    past, base = rng.choice(VERBS)
    who = _name(rng)
    quantity, expected = rng.choice([("None", "no"), ("All", "yes"), ("Each", "yes")])
    member = rng.choice([f"{who} is a {singular}.", f"{who} is one of the {plural}."])
    text = f"{quantity} of the {plural} {past}. {member} Did {who} {base}?"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason)


@pytest.mark.parametrize("seed", range(4))
def test_readings_that_differ_abstain(seed: int) -> None:
    rng = random.Random(seed)
    plural, singular = rng.choice(NOUNS)
    past, base = rng.choice(VERBS)
    member, other = _name(rng), _name(rng) + "x"
    # every student: the other, not said to be one, is open; the people named: the other did not
    text = f"None of the {plural} {past}. {member} is a {singular}. {other} is a teacher. Did {other} {base}?"
    verdict = solve(text)
    assert verdict.status == "abstained", (text, verdict.answer)
