"""Rows of things with no people ("Three houses stand in a row, painted red, blue and green. The red house is left of
the blue one. ..."), checked against every order of the things.

How it read before: the things themselves were read as the cast when each was named in full ("the blue house"), but
"the blue one" was a fourth thing ("a row of 4 has no middle place") and the puzzle abstained. Now an adjective's
"one" takes the noun its sentence named with another adjective ("the red house ... the blue one": the blue house,
`noun_ellipsis.py`).
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

THINGS = [("houses", "house", "stand in a row"), ("cars", "car", "are parked in a row"),
          ("boxes", "box", "sit in a row on a shelf")]
COLOURS = ["red", "blue", "green", "white", "yellow"]


def _clue(kind: str, a: str, b: str, noun: str, one: bool) -> tuple[str, object]:
    other = "one" if one else noun
    if kind == "left":
        return f"The {a} {noun} is left of the {b} {other}.", lambda p: p[a] < p[b]
    if kind == "next":
        return f"The {a} {noun} is next to the {b} {other}.", lambda p: abs(p[a] - p[b]) == 1
    if kind == "not middle":
        return f"The {a} {noun} is not in the middle.", lambda p: p[a] != 1
    if kind == "not right":
        return f"The {a} {noun} is not on the right.", lambda p: p[a] != 2
    return f"The {a} {noun} is not on the left.", lambda p: p[a] != 0


@st.composite
def rows(draw):
    plural, noun, stand = draw(st.sampled_from(THINGS))
    colours = draw(st.permutations(COLOURS))[:3]
    listed = ", ".join(colours[:2]) + " and " + colours[2]
    opener = draw(st.sampled_from([f"Three {plural} {stand}, painted {listed}.",
                                   f"Three {plural} {stand}: " + ", ".join(f"a {c} one" for c in colours[:2])
                                   + f" and a {colours[2]} one."]))
    clues, tests = [], []
    for _ in range(draw(st.integers(2, 3))):
        kind = draw(st.sampled_from(["left", "next", "not middle", "not right", "not left"]))
        a, b = draw(st.permutations(colours))[:2]
        said, test = _clue(kind, a, b, noun, draw(st.booleans()))
        if said not in clues:
            clues.append(said)
            tests.append(test)
    where, index = draw(st.sampled_from([("in the middle", 1), ("on the left", 0), ("on the right", 2)]))
    text = " ".join([opener, *clues, f"Which {noun} is {where}?"])
    orders = [dict(zip(p, range(3))) for p in itertools.permutations(colours)]
    orders = [p for p in orders if all(t(p) for t in tests)]
    answers = {next(c for c in colours if p[c] == index) for p in orders}
    return text, (f"the {answers.pop()} {noun}" if len(answers) == 1 else None)


@given(rows())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_a_row_of_things_by_colour(case):
    text, expected = case
    verdict = solve(text)
    if expected is None:
        assert verdict.status == "abstained", (text, verdict.answer)
    else:
        assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason,
                                                                              verdict.unparsed)
