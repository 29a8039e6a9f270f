"""A line told as "Four students lined up for the bus.", under a heading like "BRAIN TEASER OF THE WEEK (Grades 3-5):",
generated with fresh names, places, headings and clue order, and checked against every order tried by brute force.

The line-up sentence was read as a claim nobody could parse, and the heading's "OF THE WEEK (Grades 3-5)" as names in
the cast; now the sentence sets the scene and the heading drops.
"""

from __future__ import annotations

import random
from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
COUNTS = {3: "Three", 4: "Four", 5: "Five"}
PLACES = ["", " for the bus", " at the door", " outside the cafe", " for lunch"]
HEADINGS = ["", "BRAIN TEASER OF THE WEEK (Grades 3-5): ", "Riddle of the day: ", "Puzzle #4 (easy): "]


def _names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10**9), st.integers(3, 5))
def test_a_line_up_sentence_sets_the_scene(seed, n):
    rng = random.Random(seed)
    line = _names(rng, n)  # front first
    clues = [f"{a} is in front of {b}." if rng.random() < 0.5 else f"{b} is behind {a}." for a, b in zip(line, line[1:])]
    rng.shuffle(clues)
    question, asked = rng.choice([("Who is last in line?", -1), ("Who is first in line?", 0)])
    orders = [p for p in permutations(line) if all(p.index(a) < p.index(b) for a, b in zip(line, line[1:]))]
    assert len(orders) == 1
    text = (f"{rng.choice(HEADINGS)}{COUNTS[n]} students lined up{rng.choice(PLACES)}. {' '.join(clues)} {question}")
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", orders[0][asked]), (text, verdict.reason)
