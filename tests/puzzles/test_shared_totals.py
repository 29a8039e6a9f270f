"""A total said of "they": "Wes has twice as many marbles as Xia. Together they have 30 marbles. How many marbles
does Xia have?", "They have 25 stickers in total." The total is every holder's count added. Fresh names, relations
and totals, keyed by solving the two equations exactly; before, the "they" sentence was "not understood"."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Wes", "Xia", "Ann", "Bo", "Cleo", "Dev"]
THINGS = ["marbles", "stickers", "stamps", "coins", "books"]


@pytest.mark.parametrize("seed", range(20))
def test_a_total_said_of_they(seed):
    rng = random.Random(seed)
    a, b = rng.sample(NAMES, 2)
    thing = rng.choice(THINGS)
    small = rng.randint(2, 20)
    if rng.random() < 0.5:
        factor = rng.choice([2, 3, 4])
        relation, big = f"{a} has {['', '', 'twice', 'three times', 'four times'][factor]} as many {thing} as {b}.", \
            small * factor
    else:
        gap = rng.randint(1, 9)
        relation, big = f"{a} has {gap} more {thing} than {b}.", small + gap
    total = small + big
    said = rng.choice([f"Together they have {total} {thing}.", f"They have {total} {thing} in total.",
                       f"They have {total} {thing} between them.", f"In total, they have {total} {thing}."])
    asked = rng.choice([a, b])
    text = f"{relation} {said} How many {thing} does {asked} have?"
    verdict = solve(text).to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", big if asked == a else small), text


def test_a_total_that_gives_no_whole_count_abstains():
    verdict = solve("Ann has 3 more apples than Bo. Together they have 20 apples. How many apples does Bo have?")
    assert verdict.to_dict()["status"] != "verified"
    assert Fraction(17, 2) != int(Fraction(17, 2))
