""""If today is Saturday, we go hiking. Today is Saturday. Do we go hiking?": "today is" said of the one day the text
speaks of is "it is" (`today_as_it.py`); it was not understood. "we" beside the one name "Saturday" was read as that
name ("Saturday goes hiking"): one name is never "we".

Fresh days, conditions, consequences and forms (modus ponens, modus tollens, denying the antecedent); the expected
answer follows from the conditional."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

DAYS = ["a holiday", "Saturday", "Sunday", "Monday", "a school day", "Friday"]
THEN = [("we go hiking", "Do we go hiking?", "we do not go hiking"),
        ("the bank is closed", "Is the bank closed?", "the bank is not closed"),
        ("the museum is free", "Is the museum free?", "the museum is not free"),
        ("Ann works from home", "Does Ann work from home?", "Ann does not work from home")]


@pytest.mark.parametrize("seed", range(24))
def test_today_is_said_of_the_one_day(seed):
    rng = random.Random(seed)
    day = rng.choice(DAYS)
    consequence, asked, denied = rng.choice(THEN)
    form = rng.choice(["ponens", "tollens", "denied"])
    rule = rng.choice([f"If today is {day}, {consequence}.", f"If today is {day}, then {consequence}."])
    if form == "ponens":
        facts, question, expected = f"Today is {day}.", asked, "yes"
    elif form == "tollens":
        facts, question, expected = f"{denied[0].upper()}{denied[1:]}.", f"Is today {day}?", "no"
    else:
        facts, question, expected = f"Today is not {day}.", asked, "cannot be determined"
    text = f"{rule} {facts} {question}"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason)
    if consequence.startswith("we"):
        assert "we" in verdict.reason or expected == "no", verdict.reason


@pytest.mark.parametrize("text", ["If today is Monday, then tomorrow is Tuesday. Today is Monday. Is tomorrow Tuesday?",
                                  "Today is a holiday. Yesterday was Monday. Is today Monday?",
                                  "We hike today. If today is Sunday, we rest. Today is Sunday. Do we rest?"])
def test_today_beside_another_time_or_another_use_is_left_as_typed(text):
    from agentlib.puzzles.english.today_as_it import today_as_it

    assert today_as_it(text) is None
