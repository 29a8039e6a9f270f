"""Working together and average speed in words, read with fresh numbers and wording and checked against the
formula computed here; mismatched units are not read."""

from fractions import Fraction

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.rates_in_words import read_rate
from agentlib.tools.safe_math import parse_expression

R = sp.Rational


def _value(text: str) -> sp.Expr:
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert any(note.startswith("read as") for note in result.notes), result.notes
    return parse_expression(result.value["expression"])


@pytest.mark.parametrize("text, expected", [
    ("Mia can mow the lawn in 3 hours and Leo can do it in 6 hours. How long will it take them working together?",
     R(2)),
    ("Sam can fill the pool in 10 days and Kim in 15 days. How many days together?", R(6)),
    ("어떤 일을 민수는 12일, 지영이는 4일에 끝낸다. 둘이 함께 하면 몇 일이 걸리나요?", R(3)),
    ("She cycled 30 km at 15 km/h and then 30 km at 10 km/h. What was her average speed?", R(12)),
    ("We drove 100 miles at 50 mph then 50 miles at 25 mph. What was our average speed?", R(75, 2)),
    ("150km를 2시간에 달렸다면 평균 속력은 시속 몇 km인가요?", R(75)),
    ("60000원짜리 신발을 15% 할인하면 얼마예요?", R(51000)),
    ("정가 20000원에서 10% 할인하면?", R(18000)),  # the price named as the list price
    ("가격 5000원에서 20% 할인하면 얼마인가요?", R(4000)),
])
def test_rates_in_words(text, expected):
    assert _value(text) == expected


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 200), st.integers(1, 120), st.integers(1, 200), st.integers(1, 120))
def test_average_speed_is_total_distance_over_total_time(d1, v1, d2, v2):
    worded = read_rate(f"I walked {d1} m at {v1} m/s and then {d2} m at {v2} m/s. What was my average speed?")
    assert worded is not None
    expected = Fraction(d1 + d2) / (Fraction(d1, v1) + Fraction(d2, v2))
    assert parse_expression(worded.formula) == sp.Rational(expected.numerator, expected.denominator)


@pytest.mark.parametrize("text", [
    "Ann can paint a room in 2 hours and Ben in 90 minutes. How long together?",  # two time units
    "I drove 60 km at 30 mph and then 60 km at 60 mph. What was my average speed?",  # km at mph
    "I drove 60 km at 30 km/h and then 60 miles at 60 km/h. What was my average speed?",
])
def test_mismatched_units_are_not_read(text):
    assert read_rate(text) is None
