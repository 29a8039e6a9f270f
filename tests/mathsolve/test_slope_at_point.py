"""The slope of a curve at a point said without "the tangent" ("whats the slope of y = x^3 - 2x at x = 2") is the
derivative there, over fresh polynomials, points and wordings, against SymPy; a slope between two points or of a
line stays the slope task's."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.slope_at_point import spell_slope_at_point
from agentlib.tools.safe_math import parse_expression

x = sp.Symbol("x")


@pytest.mark.parametrize("seed", range(12))
def test_the_slope_of_a_curve_at_a_point_is_its_derivative_there(seed):
    rng = random.Random(seed)
    a, b, c = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(-9, 9)
    power = rng.randint(2, 4)
    curve = a * x**power + b * x + c
    written = f"{a}x^{power} + ({b})x + ({c})"
    at = rng.randint(-5, 5)
    text = rng.choice([f"whats the slope of y = {written} at x = {at}", f"slope of f(x) = {written} at x = {at}",
                       f"find the slope of the curve y = {written} at x = {at}", f"slope of {written} at x = {at}"])
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == sp.diff(curve, x).subs(x, at), (text, result.answer)


def test_slopes_of_points_lines_and_tangents_stay_as_written():
    for text in ["slope between (1, 2) and (3, 8)", "slope of the line through (1, 2) and (3, 8)",
                 "slope of y = 2x + 3", "slope of the tangent to y = x^2 at x = 1", "slope of y = x^2 at (2, 4)"]:
        assert spell_slope_at_point(text) == text, text


@pytest.mark.parametrize("seed", range(6))
def test_regression_two_values_of_one_variable_are_not_one_answer(seed):
    # "derivative of x^2 at x = 2 and x = 3" answered 4 (x = 3 dropped); so did the slope said without "tangent"
    rng = random.Random(seed)
    a, b = rng.sample(range(-6, 7), 2)
    text = rng.choice([f"derivative of x^{rng.randint(2, 4)} at x = {a} and x = {b}",
                       f"slope of y = x^2 + {rng.randint(1, 9)}x at x = {a} and x = {b}",
                       f"evaluate x^2 - {rng.randint(1, 9)} when x = {a} and x = {b}"])
    assert not solve_math(text).verified, text
