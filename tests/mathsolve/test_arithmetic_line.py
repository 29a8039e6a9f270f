"""Everyday arithmetic lines with mixed numbers ("3 1/3 - 1 5/6") and decimal commas ("4,75 - 1,5")."""

from fractions import Fraction

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.arithmetic_line import read_arithmetic_line
from agentlib.tools.safe_math import parse_expression


def _answer(text: str) -> sp.Expr:
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    return parse_expression(result.value["expression"])


@pytest.mark.parametrize("text, expected", [
    ("3 1/3 - 1 5/6", Fraction(3, 2)),
    ("what is 5 2/5 divided by 1 4/5?", Fraction(3)),
    ("2 3/8 x 4", Fraction(19, 2)),
    ("1 1/4 + 2 1/4 를 계산하시오", Fraction(7, 2)),
    ("Rechne 4,75 - 1,5", Fraction(13, 4)),
    ("0,2 × 0,3 =", Fraction(3, 50)),
    ("Combien font 1,5 + 2,25 ?", Fraction(15, 4)),
])
def test_mixed_numbers_and_decimal_commas(text, expected):
    assert _answer(text) == sp.Rational(expected.numerator, expected.denominator)


@given(st.integers(0, 50), st.integers(1, 11), st.integers(2, 12), st.integers(0, 50), st.integers(1, 11),
       st.integers(2, 12))
@settings(max_examples=40, deadline=None)
def test_sum_of_mixed_numbers_matches_fractions(w1, n1, d1, w2, n2, d2):
    if n1 >= d1 or n2 >= d2:
        assert read_arithmetic_line(f"{w1} {n1}/{d1} + {w2} {n2}/{d2}") is None
        return
    request = read_arithmetic_line(f"{w1} {n1}/{d1} + {w2} {n2}/{d2}")
    assert request is not None
    expected = w1 + Fraction(n1, d1) + w2 + Fraction(n2, d2)
    assert parse_expression(request.items[0]) == sp.Rational(expected.numerator, expected.denominator)


@pytest.mark.parametrize("text", [
    "1,250 + 2,5",  # thousands or a decimal comma: not this reader's to decide
    "(3,5) + (1,2)",  # points
    "3 7/4 + 1",  # not a proper fraction
    "2.5 + 1,5",  # a decimal point beside a comma
    "2 + 3",  # nothing to read differently
    "x 1/2 + 3",
])
def test_lines_left_to_the_general_reader(text):
    assert read_arithmetic_line(text) is None
