"""Statements pinned to different times never meet: "Ann is sick today. So Ann is sick tomorrow." and "Ann was sick
yesterday. So Ann is sick." were verified valid (the grammar drops time words). Keys by a small model: a person sick
at one time and well at another. Fresh names, predicates and pairs of times; one time throughout still answers.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay"]
STATES = ["sick", "at home", "busy", "late", "tired"]
TIMES = ["today", "tomorrow", "yesterday", "last week", "next week", "two days ago"]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(STATES), st.permutations(TIMES).map(lambda t: t[:2]))
def test_two_times_never_meet(name, state, times):
    then, other = times
    past = then in ("yesterday", "last week", "two days ago")
    told = f"{name} {'was' if past else 'is'} {state} {then}."
    analysis = _analyze(f"{told} So {name} is {state} {other}.")
    assert analysis.status != "verified" or analysis.answer == "invalid"
    analysis = _analyze(f"{told} So {name} is {state}.")
    assert analysis.status != "verified" or analysis.answer == "invalid" or not past


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(["today", "tomorrow"]))
def test_one_time_throughout_still_answers(name, when):
    verb = "is" if when == "today" else "will be"
    text = (f"Whenever it snows, {name} is at home. It {'snows' if when == 'today' else 'will snow'} {when}. "
            f"{verb.split()[0].capitalize()} {name} {'at home' if when == 'today' else 'be at home'} {when}?")
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == "yes", (text, verdict.reason)
