"""Partial derivatives written with ∂, named in words (partial derivative, 편미분, 편도함수), and functions of
several variables f(x, y) = ...; checked against `sympy.diff`. Fresh variants: random polynomials in x, y, z,
the variable, the notation and the wording. With no variable named, a partial derivative abstains.
"""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

x, y, z = sp.symbols("x y z")
WORDINGS = ("∂/∂{v} of {e}", "find ∂/∂{v} ({e})", "∂f/∂{v} if f = {e}",
            "partial derivative of {e} with respect to {v}",
            "find the partial derivative of f({ps}) = {e} with respect to {v}",
            "f({ps}) = {e} 를 {v}에 대해 편미분하시오", "f({ps}) = {e} 의 {v}에 대한 편도함수를 구하시오",
            "differentiate f({ps}) = {e} with respect to {v}")


def _polynomial(rng: random.Random, letters: tuple) -> sp.Expr:
    terms = []
    for _ in range(rng.randint(2, 4)):
        term = sp.Integer(rng.choice((1, 2, 3, -1, -5)))
        for letter in letters:
            term *= letter ** rng.randint(0, 3)
        terms.append(term)
    return sp.Add(*terms)


def _written(expression: sp.Expr) -> str:
    return str(expression).replace("**", "^")


@pytest.mark.parametrize("seed", range(24))
def test_partial_derivative_matches_sympy(seed):
    rng = random.Random(seed)
    letters = (x, y) if rng.random() < 0.7 else (x, y, z)
    expression = _polynomial(rng, letters)
    variable = rng.choice([v for v in letters if expression.has(v)] or [x])
    text = rng.choice(WORDINGS).format(v=variable, e=_written(expression), ps=", ".join(map(str, letters)))
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    found = parse_expression(result.value["expression"])
    assert sp.expand(found - sp.diff(expression, variable)) == 0, (text, result.answer)


@pytest.mark.parametrize("text", ["the partial derivative of x^2 y", "x^2 y 를 편미분하시오",
                                  "differentiate f(x, y) = x^2 y", "∂²f/∂x∂y of x^2 y^3"])
def test_a_partial_derivative_without_one_named_variable_abstains(text):
    assert not solve_math(text).verified


def test_regression_partial_symbol_was_refused_outside_latex():
    # The bug: "∂/∂x of x^2 y" abstained: partial derivatives were read only as \frac{\partial}{\partial x}.
    result = solve_math("∂/∂x of x^2 y")
    assert result.verified and result.value["expression"] == "2*x*y"
