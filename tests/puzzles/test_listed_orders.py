"""A plural list of people beside a plural list of things ("Ann, Bo and Cy ordered tea, coffee and juice.") does not
say each ordered one: one may have ordered two, or they may have shared. Only where the English commits to one each
("each ordered a different drink: ...", "..., one each", "in some order") is it read as an assignment; otherwise the
text abstains. Fresh names, drinks and clues; the assignment is brute-forced.

Before this test (round 33): as now (the bare list abstains as having more than one reading; the committed forms
were read).
"""

from __future__ import annotations

import random
from itertools import permutations

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli", "Flo"]
DRINKS = ["tea", "coffee", "juice", "milk", "cocoa"]


def _cast(items: list[str]) -> str:
    return ", ".join(items[:-1]) + f" and {items[-1]}"


@pytest.mark.parametrize("seed", range(8))
def test_one_each_only_where_the_english_says_so(seed):
    rng = random.Random(seed)
    people, drinks = rng.sample(NAMES, 3), rng.sample(DRINKS, 3)
    truth = dict(zip(people, rng.sample(drinks, 3)))
    a, b = rng.sample(people, 2)
    wrong = next(d for d in drinks if d not in (truth[a], truth[b]))
    clues = [f"{b} ordered {truth[b]}.", f"{a} did not order {wrong}."]
    worlds = [dict(zip(people, p)) for p in permutations(drinks)]
    worlds = [w for w in worlds if w[b] == truth[b] and w[a] != wrong]
    answers = {w[a] for w in worlds}
    committed = rng.choice([f"{_cast(people)} each ordered a different drink: {_cast(drinks)}.",
                            f"{_cast(people)} ordered {_cast(drinks)}, one each."])
    verdict = solve(f"{committed} {' '.join(clues)} What did {a} order?")
    assert len(answers) == 1
    assert verdict.status == "verified" and verdict.answer == answers.pop(), verdict.reason
    bare = solve(f"{_cast(people)} ordered {_cast(drinks)}. {' '.join(clues)} What did {a} order?")
    assert bare.status != "verified", bare.answer
