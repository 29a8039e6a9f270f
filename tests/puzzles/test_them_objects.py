"""An object "them" is the plural thing said last ("If you water the plants, they grow. ... So you watered them."),
as an object "it" is the one thing. Regression: "water them" was a predicate of its own, so such arguments
abstained ("the conclusion speaks of 'water them', which no premise mentions")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import analyze

ACTIONS = [("water", "watered", "the plants", "grow", "grew"), ("feed", "fed", "the cats", "purr", "purred"),
           ("wash", "washed", "the windows", "shine", "shone")]


@given(st.sampled_from(ACTIONS), st.sampled_from(["ponens", "consequent"]), st.booleans())
@settings(max_examples=20, deadline=None, derandomize=True)
def test_arguments_with_them_objects_are_judged(action, form, comma):
    verb, past, things, result, result_past = action
    rule = f"If you {verb} {things}{',' if comma else ''} they {result}."
    if form == "ponens":
        text = f"{rule} You {past} them. So {things} {result_past}."
        expected = "valid"
    else:
        text = f"{rule} {things.capitalize()} {result_past}. So you {past} them."
        expected = "invalid"
    analysis = analyze(text)
    assert analysis.status == "verified" and analysis.answer == expected, (text, analysis.reason)
