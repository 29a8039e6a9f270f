"""A span between two dates asked in weeks (`calendar_days.py`, `calendar_answers.py`): the days over 7, exact.
Expected spans are counted here with `datetime` over a leap and a common year; a span the year changes abstains.
"""

from __future__ import annotations

import datetime
from fractions import Fraction

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DATES = st.tuples(st.integers(1, 12), st.integers(1, 28))


def _span(first: tuple[int, int], second: tuple[int, int], year: int) -> int:
    later = 1 if second < first else 0
    return (datetime.date(year + later, *second) - datetime.date(year, *first)).days


@settings(max_examples=30, deadline=None)
@given(DATES, DATES, st.sampled_from(["how many weeks from {a} to {b}", "how many weeks between {a} and {b}",
                                      "number of weeks from {a} until {b}"]))
def test_weeks_between_two_dates_with_no_year(first, second, wording):
    text = wording.format(a=f"{MONTHS[first[0] - 1]} {first[1]}", b=f"{MONTHS[second[0] - 1]} {second[1]}")
    spans = {_span(first, second, 2023), _span(first, second, 2024)}
    result = solve_math(text)
    if len(spans) > 1:  # the span crosses a February 29 in one of the years
        assert result.status != "verified", (text, result.answer)
        return
    assert result.status == "verified", (text, result.reason)
    weeks = Fraction(spans.pop(), 7)
    assert sp.Rational(result.value["expression"]) == sp.Rational(weeks.numerator, weeks.denominator), text


@settings(max_examples=15, deadline=None)
@given(st.integers(1990, 2030), DATES, st.integers(0, 400))
def test_weeks_between_two_dates_with_a_year(year, first, days):
    start = datetime.date(year, *first)
    end = start + datetime.timedelta(days=days)
    text = f"how many weeks between {MONTHS[start.month - 1]} {start.day}, {start.year} and " \
        f"{MONTHS[end.month - 1]} {end.day}, {end.year}"
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert sp.Rational(result.value["expression"]) == sp.Rational(days, 7), text
