"""Generated days told from today with the empty subject "it" ("Two days ago it was Friday", "It will be Monday in
three days") or joined to their question by a comma ("the day after tomorrow is Sunday, what day was yesterday?"),
checked by trying every weekday for today.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.order_days import DAYS

TOLD = {-3: "three days ago", -2: "two days ago", -1: "yesterday", 1: "tomorrow", 2: "in two days", 3: "in 3 days"}
ASKED = {-1: "What day was yesterday?", 0: "What day is it today?", 1: "What day is tomorrow?",
         2: "What day is the day after tomorrow?"}


def brute_force(told: int, day: str, asked: int) -> str:
    todays = [t for t in range(7) if (t + told) % 7 == DAYS.index(day)]
    assert len(todays) == 1
    return DAYS[(todays[0] + asked) % 7].capitalize()


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(sorted(TOLD)), st.sampled_from(DAYS), st.sampled_from(sorted(ASKED)),
       st.sampled_from(["fronted", "trailing", "comma"]))
def test_a_day_told_with_it_is_the_brute_force_one(told, day, asked, shape):
    when, verb = TOLD[told], "was" if told < 0 else "will be"
    question = ASKED[asked]
    if shape == "fronted":
        text = f"{when[0].upper() + when[1:]} it {verb} {day.capitalize()}. {question}"
    elif shape == "trailing":
        text = f"It {verb} {day.capitalize()} {when}. {question}"
    else:
        text = f"{when} {'was' if told < 0 else 'is'} {day.capitalize()}, {question[0].lower() + question[1:]}"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", brute_force(told, day, asked)), text
