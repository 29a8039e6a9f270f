"""Generated days told from today ("tomorrow", "the day before yesterday", "in 10 days", "3 days ago"), checked by
trying every weekday for today: a fact about one such day, asked about another, as a statement or an "if" clause.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.order_days import DAYS

NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 10: "ten"}


@st.composite
def told_days(draw):
    """(fact phrase, its step, verb tense) and (question, its step)."""
    steps = draw(st.sampled_from([-2, -1, 0, 1, 2]))
    fact = {-2: ("The day before yesterday", "was"), -1: ("Yesterday", "was"), 0: ("Today", "is"),
            1: ("Tomorrow", "is"), 2: ("The day after tomorrow", "is")}[steps]
    asked = draw(st.sampled_from([-10, -3, -2, -1, 0, 1, 2, 3, 4, 5, 10]))
    count = str(abs(asked)) if draw(st.booleans()) else NUMBERS.get(abs(asked), str(abs(asked)))
    question = {-2: "What day was the day before yesterday?", -1: "What day was yesterday?",
                0: "What day is it today?", 1: "What day is it tomorrow?", 2: "What day is the day after tomorrow?"
                }.get(asked) or (f"What day will it be in {count} days?" if asked > 0
                                 else f"What day was it {count} days ago?")
    return fact, steps, question, asked


@settings(max_examples=25, deadline=None)
@given(told_days(), st.sampled_from(DAYS), st.booleans())
def test_a_day_told_from_today_is_the_brute_force_one(told, day, supposed):
    (fact, tense), steps, question, asked = told
    if supposed and asked != 0:  # "If tomorrow is Friday, what day was yesterday?"
        text = f"If {fact[0].lower() + fact[1:]} {tense} {day.capitalize()}, {question[0].lower() + question[1:]}"
    else:
        text = f"{fact} {tense} {day.capitalize()}. {question}"
    todays = [t for t in range(7) if (t + steps) % 7 == DAYS.index(day)]
    expected = DAYS[(todays[0] + asked) % 7].capitalize()
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), text


def test_a_day_told_from_an_unknown_today_is_not_answered():
    verdict = solve("The party is on Monday. What day is it today?")
    assert verdict.status != "verified"
