"""The slope and intercepts of a line from its equation, English and Korean, over fresh coefficients (answers by
exact fractions here); vertical / horizontal lines, curves and other letters are not read as lines."""

from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from agentlib import solve_math

ENGLISH = {"slope": "what is the slope of the line {e}", "y_intercept": "y-intercept of {e}",
           "x_intercept": "find the x-intercept of {e}"}
KOREAN = {"slope": "{e}의 기울기는?", "y_intercept": "일차함수 {e}의 y절편을 구하시오", "x_intercept": "직선 {e}의 x절편"}


def _term(coefficient, letter):
    return f"{coefficient}{letter}" if coefficient != 1 else letter


@settings(max_examples=30, deadline=None)
@given(st.integers(-9, 9), st.integers(-9, 9), st.integers(-20, 20), st.sampled_from(["slope", "y_intercept",
                                                                                       "x_intercept"]),
       st.booleans(), st.booleans())
def test_line_features(a, b, c, feature, korean, slope_form):
    assume(a != 0 and b != 0)
    if slope_form:  # y = m x + k with m = a, k = c
        equation = f"y = {_term(a, 'x')} + {c}".replace("+ -", "- ")
        slope, y0 = Fraction(a), Fraction(c)
    else:  # a x + b y = c
        equation = f"{_term(a, 'x')} + {_term(b, 'y')} = {c}".replace("+ -", "- ")
        slope, y0 = Fraction(-a, b), Fraction(c, b)
    x0 = -y0 / slope
    expected = {"slope": slope, "y_intercept": y0, "x_intercept": x0}[feature]
    result = solve_math((KOREAN if korean else ENGLISH)[feature].format(e=equation))
    assert result.status == "verified", (equation, result.reason)
    assert Fraction(result.to_dict()["value"]["expression"]) == expected


@pytest.mark.parametrize("text", ["slope of x = 3", "x-intercept of y = 5", "slope of y = x^2", "slope of y = 2z + 1"])
def test_what_is_not_a_slanted_line_is_not_read(text):
    assert solve_math(text).status == "abstained"
