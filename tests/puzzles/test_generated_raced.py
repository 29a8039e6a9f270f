"""Races told with the verb ("Four brothers raced to the creek.") and "beat ... in the race", generated with fresh
names, wordings and clue order, and checked against the finishing order the chain was made from.

"raced" was no race word, so "beat" stayed a plain relation and "Who came in third?" asked about a scale where ties
were allowed (abstained); "Priya beat Dev in the race" was unread.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
SCENES = ["raced to the creek", "raced home", "raced", "raced across the field"]
COUNTS = {3: "Three", 4: "Four"}
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}


def _names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10**9), st.integers(3, 4))
def test_a_race_told_with_raced_ranks_the_finish(seed, n):
    rng = random.Random(seed)
    order = _names(rng, n)  # winner first
    clues = [f"{a} beat {b}{rng.choice(['', ' in the race'])}." for a, b in zip(order, order[1:])]
    rng.shuffle(clues)
    place = rng.randint(1, n)
    cast = rng.sample(order, n)
    text = (f"{COUNTS[n]} friends, {', '.join(cast[:-1])} and {cast[-1]}, {rng.choice(SCENES)}. {' '.join(clues)} "
            f"Who came in {ORDINALS[place]}?")
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", order[place - 1]), (text, verdict.reason)
