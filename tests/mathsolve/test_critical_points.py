"""Critical points of fresh polynomials, in several wordings and letters, checked against SymPy's real zeros of f';
non-polynomials (where f' may not exist) and constants abstain."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

ASKS = ["find the critical points of {f}", "critical points of f({v}) = {f}", "what are the critical numbers of {f}",
        "Find all critical points of y = {f}", "stationary points of {f}"]


def _polynomial(rng: random.Random, v: sp.Symbol) -> sp.Expr:
    roots = [rng.randint(-6, 6) for _ in range(rng.randint(1, 3))]
    derivative = rng.choice([1, 2, 3, -1]) * sp.prod([v - r for r in roots])
    if rng.random() < 0.3:
        derivative *= v**2 + rng.randint(1, 5)  # a factor with no real zero
    return sp.expand(sp.integrate(derivative, v) + rng.randint(-9, 9))


@pytest.mark.parametrize("seed", range(24))
def test_critical_points_are_the_real_zeros_of_the_derivative(seed):
    rng = random.Random(seed)
    v = sp.Symbol(rng.choice("xxxt"))
    f = _polynomial(rng, v)
    text = rng.choice(ASKS).format(f=str(f).replace("**", "^"), v=v)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    expected = set(sp.solveset(sp.diff(f, v), v, sp.S.Reals))
    assert {parse_expression(value) for value in result.value["values"]} == expected, (text, result.answer)


@pytest.mark.parametrize("text", ["critical points of |x|", "critical points of x^(2/3)", "critical points of 1/x",
                                  "critical points of 5", "critical points of x*y", "critical points of f(x) = t^2"])
def test_where_the_derivative_may_not_exist_or_every_point_is_critical_it_abstains(text):
    assert not solve_math(text).verified, text
