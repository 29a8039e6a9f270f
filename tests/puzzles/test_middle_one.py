""""Who is the middle one?" after an order abstained ("the middle one" was no phrase the grammar read); it asks who
is in the middle. Property over fresh casts, orders and scales: the answer is the middle of the order worked out
here, and an order of four has no middle one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Dot", "Ed", "Flo", "Gus", "Hal"]
SCALES = [("older", "younger"), ("taller", "shorter"), ("faster", "slower")]


@given(st.permutations(NAMES), st.sampled_from(SCALES), st.sampled_from([3, 4]), st.booleans())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_the_middle_one_is_the_middle_of_the_order(names, scale, size, flip):
    cast = list(names[:size])
    more, less = scale
    clues = [f"{b} is {less} than {a}." if flip else f"{a} is {more} than {b}." for a, b in zip(cast, cast[1:])]
    verdict = solve(" ".join(reversed(clues)) + " Who is the middle one?")
    if size == 3:
        assert (verdict.status, verdict.answer) == ("verified", cast[1]), verdict.reason
    else:
        assert verdict.status != "verified" or verdict.answer in ("no one", "cannot be determined"), verdict.reason
