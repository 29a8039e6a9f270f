"""Things told apart only by their colours, with no people (`painted_rows.py`), generated with fresh colours, clues
and order, and checked against every arrangement tried by brute force.

"Three houses on Maple Street are painted red, blue and green." was unread, so every such grid abstained; it now
reads as the scene "There are three houses in a row: a red one, a blue one and a green one." (which still abstains
when a clue names too few of them to count the row).
"""

from __future__ import annotations

import random
from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

COLOURS = ["red", "blue", "green", "white", "yellow", "black", "pink"]
THINGS = [("houses", "house"), ("doors", "door"), ("cars", "car")]
SETTINGS = ["", " in a row", " on Maple Street", " on Elm Road"]


def _clue(rng: random.Random, colours: list[str], thing: str) -> tuple[str, object]:
    """A clue's words and its test on an arrangement (a list, left to right)."""
    a, b = rng.sample(colours, 2)
    kind = rng.randrange(4)
    if kind == 0:
        return f"The {a} {thing} is to the left of the {b} {thing}.", lambda row: row.index(a) < row.index(b)
    if kind == 1:
        return f"The {a} {thing} is not in the middle.", lambda row: row.index(a) != 1
    if kind == 2:
        return f"The {a} {thing} is directly to the right of the {b} {thing}.", \
            lambda row: row.index(a) == row.index(b) + 1
    return f"The {a} {thing} is at the left end.", lambda row: row.index(a) == 0


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**9))
def test_a_row_told_by_colours_answers_what_every_arrangement_shares(seed):
    rng = random.Random(seed)
    colours = rng.sample(COLOURS, 3)
    plural, thing = rng.choice(THINGS)
    clues = [_clue(rng, colours, thing) for _ in range(rng.randint(2, 3))]
    rows = [row for row in permutations(colours) if all(test(list(row)) for _, test in clues)]
    listed = f"{colours[0]}, {colours[1]} and {colours[2]}"
    text = (f"Three {plural}{rng.choice(SETTINGS)} are painted {listed}. {' '.join(w for w, _ in clues)} "
            f"Which {thing} is in the middle?")
    verdict = solve(text)
    middles = {row[1] for row in rows}
    named = all(any(f"{c} {thing}" in words for words, _ in clues) for c in colours)
    if len(middles) == 1 and rows and named:
        assert (verdict.status, verdict.answer) == ("verified", f"the {middles.pop()} {thing}"), (text, verdict.reason)
    elif len(middles) == 1 and rows:  # a colour no clue names: the scene's listing counts it, or the text abstains
        assert verdict.status != "verified" or verdict.answer == f"the {middles.pop()} {thing}", (text, verdict.answer)
    else:
        assert verdict.status != "verified" or not str(verdict.answer).startswith("the "), (text, verdict.answer)


def test_more_than_a_setting_before_painted_stays_as_typed():
    text = ("Three houses owned by Ann, Bo and Cy are painted red, blue and green. The red house is to the left of "
            "the blue house. The green house is at the left end. Which house is in the middle?")
    verdict = solve(text)
    assert verdict.status != "verified"
