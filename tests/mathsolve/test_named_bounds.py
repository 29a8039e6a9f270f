"""Bounds said with their letter: "integrate x^2 from x=0 to x=2", "integral of t^2 dt from t = 1 to t = 3", "the area
under y = x^2 from x = 0 to x = 2". Before, each bound reached SymPy as the equation "x = 0" and the computation
failed with a TypeError (abstained as "the computation failed"). Fresh polynomials and bounds keyed by SymPy."""

from __future__ import annotations

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.compute import run
from agentlib.mathsolve.request import MathRequest
from agentlib.tools.safe_math import parse_expression


@pytest.mark.parametrize("seed", range(14))
def test_an_integral_with_named_bounds(seed):
    rng = random.Random(seed)
    letter = rng.choice(["x", "t", "u"])
    v = sp.Symbol(letter)
    a, b, c = rng.randint(1, 5), rng.randint(-4, 4), rng.randint(1, 3)
    low, high = sorted(rng.sample(range(-3, 5), 2))
    body = f"{a}{letter}^{c} + {b}".replace("+ -", "- ")
    spaced = rng.random() < 0.5
    eq = (lambda n: f"{letter} = {n}") if spaced else (lambda n: f"{letter}={n}")
    text = rng.choice([f"integrate {body} from {eq(low)} to {eq(high)}",
                       f"integral of {body} d{letter} from {eq(low)} to {eq(high)}"])
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    expected = sp.integrate(a * v**c + b, (v, low, high))
    assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)


def test_an_equation_as_a_bound_is_a_typed_abstention_not_a_crash():
    result = run(MathRequest(task="integrate", items=("x**2",), lower="x = 0", upper="x = 2").to_dict(), problem="p")
    assert result["status"] == "abstained" and "bound" in result["reason"]


@pytest.mark.parametrize("seed", range(10))
def test_a_sum_whose_end_names_its_index(seed):
    """ "sum of k^2 from k=1 to k=10": the end said with the index's letter (was read as a system of two equations)."""
    rng = random.Random(seed)
    letter = rng.choice(["k", "n", "j"])  # ("i" is the imaginary unit)
    v = sp.Symbol(letter)
    power, first = rng.randint(1, 3), rng.randint(0, 3)
    last = first + rng.randint(2, 12)
    result = solve_math(f"sum of {letter}^{power} from {letter}={first} to {letter}={last}")
    assert result.status == "verified", result.reason
    assert parse_expression(result.value["expression"]) == sp.summation(v**power, (v, first, last))
