"""Improper integrals with an oscillating tail (the Dirichlet integral ∫_0^∞ sin(x)/x dx = π/2), in fresh constants,
checked against the textbook closed forms (Laplace's integrals), and divergent ones never verified."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.oscillatory_quadrature import oscillatory_quadrature
from agentlib.tools.safe_math import parse_expression

x = sp.Symbol("x")


def _closed_form(rng: random.Random) -> tuple[str, sp.Expr]:
    k, c = rng.randint(1, 4), rng.randint(1, 3)
    wording = rng.choice(["integral of {f} from 0 to infinity", "∫_0^∞ {f} dx", "integrate {f} from 0 to oo"])
    shape = rng.randrange(3)
    if shape == 0:  # Dirichlet: ∫_0^∞ sin(kx)/x dx = π/2 for k > 0
        return wording.format(f=f"sin({k}x)/x"), sp.pi / 2
    if shape == 1:  # Laplace: ∫_0^∞ cos(kx)/(x^2 + c^2) dx = π e^(-kc) / (2c)
        return wording.format(f=f"cos({k}x)/(x^2 + {c * c})"), sp.pi * sp.exp(-k * c) / (2 * c)
    # Laplace: ∫_0^∞ x sin(kx)/(x^2 + c^2) dx = π e^(-kc) / 2
    return wording.format(f=f"x sin({k}x)/(x^2 + {c * c})"), sp.pi * sp.exp(-k * c) / 2


@pytest.mark.parametrize("seed", range(8))
def test_an_oscillating_tail_is_verified_against_its_closed_form(seed):
    text, expected = _closed_form(random.Random(seed))
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)


@pytest.mark.parametrize("integrand, lower", [(sp.sin(x), 0), (sp.cos(x), 0), (x * sp.sin(x), 0),
                                              (sp.cos(x) / x, 0), (sp.sin(x) / sp.sqrt(x + 1), 0),
                                              (sp.sin(x) / (x - 2), 0)])
def test_no_value_is_given_where_dirichlet_s_test_does_not_apply(integrand, lower):
    # Regression: extrapolation between zeros gives ∫_0^∞ sin x dx "= 1"; only a decaying rational factor may pass.
    assert oscillatory_quadrature(integrand, x, sp.Integer(lower), sp.oo) is None


def test_regression_a_divergent_oscillating_integral_is_never_verified():
    assert solve_math("integral of sin(x) from 0 to infinity").status != "verified"
