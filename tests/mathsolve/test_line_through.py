"""The equation of a line in words (`line_through.py`): through two points or a point with a slope, in English and
Korean, checked against the points themselves (each must satisfy the answer) and the slope from its definition.
Regression: "find the equation of the line through (1,2) with slope 3" abstained ("the slope needs two vectors")."""

from __future__ import annotations

from fractions import Fraction

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

x = sp.Symbol("x")
coordinate = st.integers(-20, 20)


def _line(text: str) -> sp.Expr:
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert result.value["equation"].startswith("y = "), result.value
    return sp.sympify(result.value["expression"])


@given(coordinate, coordinate, coordinate, coordinate, st.sampled_from(range(3)))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_the_line_through_two_points(x1, y1, x2, y2, wording):
    text = [f"find the equation of the line through ({x1}, {y1}) and ({x2}, {y2})",
            f"line through ({x1},{y1}) and ({x2},{y2})",
            f"두 점 ({x1}, {y1}), ({x2}, {y2})을 지나는 직선의 방정식을 구하시오"][wording]
    result = solve_math(text)
    if (x1, y1) == (x2, y2):
        assert result.status == "abstained"
        return
    if x1 == x2:
        assert result.status == "verified" and result.answer == f"x = {x1}", (text, result.answer)
        return
    line = _line(text)
    assert line.subs(x, x1) == y1 and line.subs(x, x2) == y2, (text, line)
    assert sp.diff(line, x) == sp.Rational(Fraction(y2 - y1, x2 - x1).numerator, Fraction(y2 - y1, x2 - x1).denominator)


@given(coordinate, coordinate, st.integers(-9, 9), st.booleans())
@settings(max_examples=20, deadline=None, derandomize=True)
def test_the_line_through_a_point_with_a_slope(x1, y1, slope, korean):
    text = f"기울기가 {slope}이고 점 ({x1}, {y1})를 지나는 직선의 방정식" if korean else \
        f"the equation of the line through ({x1}, {y1}) with slope {slope}"
    line = _line(text)
    assert line.subs(x, x1) == y1 and sp.diff(line, x) == slope, (text, line)
