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


@given(st.sampled_from([("I", "I", "win the lottery", "won the lottery", "didn't win the lottery", "buy a boat",
                         "won't buy a boat"),
                        ("we", "We", "miss the bus", "missed the bus", "didn't miss the bus", "be late",
                         "won't be late")]),
       st.booleans())
@settings(max_examples=8, deadline=None, derandomize=True)
def test_a_conditional_without_a_comma_in_the_first_person(case, ponens):
    # Regression: "If I win the lottery I will buy a boat" had a second reading with "the lottery I" as one thing.
    subject, capital, act, did, did_not, result, not_result = case
    rule = f"If {subject} {act} {subject} will {result}."
    if ponens:
        text, expected = f"{rule} {capital} {did}. So {subject} will {result}.", "valid"
    else:
        text, expected = f"{rule} {capital} {did_not}. So {subject} {not_result}.", "invalid"
    analysis = analyze(text)
    assert analysis.status == "verified" and analysis.answer == expected, (text, analysis.reason)
