""""The origin" as the point it names (`origin.py`): fresh points in two and three dimensions, distances and
slopes checked against SymPy; a text with points of both sizes keeps the word (and abstains)."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.origin import spell_origin
from agentlib.tools.safe_math import parse_expression


@pytest.mark.parametrize("seed", range(16))
def test_the_distance_from_the_origin(seed):
    rng = random.Random(seed)
    point = [rng.randint(-12, 12) for _ in range(rng.choice([2, 3]))]
    written = "(" + ", ".join(map(str, point)) + ")"
    written = rng.choice([written, f"${written}$"])
    text = rng.choice([f"What is the distance from the origin to the point {written}?",
                       f"What is the distance between the origin and {written}?",
                       f"Find the distance between the point {written} and the origin."])
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert sp.simplify(parse_expression(result.value["expression"]) - sp.sqrt(sum(c * c for c in point))) == 0


@pytest.mark.parametrize("seed", range(6))
def test_the_slope_of_a_line_through_the_origin(seed):
    rng = random.Random(50 + seed)
    x, y = rng.choice([v for v in range(-9, 10) if v]), rng.randint(-9, 9)
    result = solve_math(f"Find the slope of the line through the origin and ({x}, {y}).")
    assert result.status == "verified" and parse_expression(result.value["expression"]) == sp.Rational(y, x)


def test_regression_points_of_two_sizes_leave_the_origin_unread():
    text = "the distance from the origin to (3, 4) and (1, 2, 3)"
    assert spell_origin(text) == text
    assert spell_origin("the distance from the origin to (1, 2, 2)") == "the distance from (0, 0, 0) to (1, 2, 2)"
    assert spell_origin("a graph through the origin") == "a graph through the origin"
