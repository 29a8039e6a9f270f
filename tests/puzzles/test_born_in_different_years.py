""""Four friends ... were born in different years." was read as a statement pinned to a time to come ("in N years"),
and the puzzle abstained; "in different years" counts no years. Properties over fresh casts: the order is the one
the chain gives, and a real "in two years" still makes a change of tense refuse."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Agnes", "Bernard", "Cecil", "Doris"]


@given(st.permutations(NAMES), st.sampled_from(["were born in different years", "were born in different months"]))
@settings(max_examples=12, deadline=None, derandomize=True)
def test_born_in_different_years_counts_no_years(order, born):
    clues = [f"{a} is older than {b}." for a, b in zip(order, order[1:])]
    text = f"Four friends, {', '.join(NAMES[:3])} and {NAMES[3]}, {born}. {' '.join(reversed(clues))} " \
           "List them from oldest to youngest."
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", list(order)), verdict.reason


def test_a_time_to_come_still_refuses_a_change_of_tense():
    for when in ["In two years", "In a few days", "In twenty years"]:
        verdict = solve(f"Ann is sick today. {when} Ann is well. Is Ann well today?")
        assert verdict.status != "verified" or verdict.answer == "yes", when
