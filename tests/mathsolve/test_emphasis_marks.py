"""Markdown emphasis around a request or its formula ("**x^2 - 4 = 0**", "*solve 2x + 1 = 7*", "__x^2 = 9__") is
taken off; a product or power typed with stars ("2*3", "x**2", "2 *3* 4") stays. Fresh equations keyed by SymPy;
before, the stars reached the formula parser ("unexpected '*'")."""

from __future__ import annotations

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.emphasis import without_emphasis

x = sp.Symbol("x")


@pytest.mark.parametrize("seed", range(12))
def test_an_emphasised_equation_is_solved(seed):
    rng = random.Random(seed)
    a, b = rng.randint(1, 9), rng.randint(-20, 20)
    equation = f"{a}x + {b} = 0".replace("+ -", "- ")
    mark = rng.choice(["**", "*", "__"])
    text = rng.choice([f"{mark}{equation}{mark}", f"solve {mark}{equation}{mark}", f"{mark}solve {equation}{mark}"])
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert sp.sympify(result.value["values"][0]) == sp.Rational(-b, a), (text, result.answer)


@pytest.mark.parametrize("text", ["2*3", "x**2 + 2*x", "2 * 3 * 4", "x_1 + x_2", "2 *3* 4", "a*b*c"])
def test_stars_that_are_arithmetic_stay(text):
    assert without_emphasis(text) == text
