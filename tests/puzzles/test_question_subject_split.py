""""Is the printer out of paper?" was read as "[the printer out] is of paper": the longest subject that reads wins
unless a shorter one is a thing the statements name, and reading the longer split first had named "the printer out"
itself, so both counted as named. The things named are now taken before the question is read. Each answer is the
rule's truth table: modus ponens, modus tollens, or open when only the consequent is known."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

THINGS = ["printer", "copier", "stapler", "kettle", "machine"]
STATES = ["out of paper", "out of ink", "out of order", "in the shed", "on the table"]
SIGNS = [("light", "blinks", "is blinking", "is not blinking"), ("alarm", "rings", "is ringing", "is not ringing"),
         ("screen", "flashes", "is flashing", "is not flashing")]


@given(st.sampled_from(THINGS), st.sampled_from(STATES), st.sampled_from(SIGNS), st.sampled_from(["ponens", "tollens",
                                                                                                    "converse"]))
@settings(max_examples=16, deadline=None, derandomize=True)
def test_a_question_about_a_state_named_by_a_phrase(thing, state, sign, step):
    noun, does, doing, not_doing = sign
    rule = f"If the {thing} is {state}, the {noun} {does}."
    if step == "ponens":
        text, expected = f"{rule} The {thing} is {state}. Is the {noun} {doing.split()[-1]}?", "yes"
    elif step == "tollens":
        text, expected = f"{rule} The {noun} {not_doing}. Is the {thing} {state}?", "no"
    else:
        text, expected = f"{rule} The {noun} {doing}. Is the {thing} {state}?", "cannot be determined"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason)
