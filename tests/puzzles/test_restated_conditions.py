"""A rule whose consequent repeats its condition ("if it rains the picnic is off and it is raining") may be a rule and
a fact joined by "and": read one way the conclusion follows, the other way not, so the argument is not judged (it
was "invalid"). A consequent that does not repeat the condition keeps its one reading. Fresh wordings; expected
outcomes by truth table of both groupings."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.argument import _analyze

CASES = [("it rains", "it is raining", "the picnic is off"), ("the alarm rings", "the alarm is ringing",
                                                               "the guards are awake"),
         ("the dog barks", "the dog is barking", "the bridge is closed")]


@settings(max_examples=8, deadline=None)
@given(st.integers(0, 10**9))
def test_a_restated_condition_after_and_is_not_judged_one_way(seed):
    rng = random.Random(seed)
    condition, restated, result = rng.choice(CASES)
    text = rng.choice([f"{result.capitalize()}, because if {condition}, {result} and {restated}.",
                       f"If {condition}, {result} and {restated}. So {result}."])
    analysis = _analyze(text)
    assert analysis.status == "abstained", (text, analysis.answer)


@settings(max_examples=6, deadline=None)
@given(st.integers(0, 10**9))
def test_a_consequent_with_its_own_clauses_keeps_one_reading(seed):
    rng = random.Random(seed)
    condition, _, result = rng.choice(CASES)
    text = f"If {condition}, {result} and the town is quiet. {condition.capitalize()}. So the town is quiet."
    analysis = _analyze(text)
    assert analysis.status == "verified" and analysis.answer == "valid", (text, analysis.reason)
