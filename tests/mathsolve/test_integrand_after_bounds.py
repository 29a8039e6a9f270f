"""Definite integrals with the integrand right after the bounds ("integral from 0 to 1 x^2 dx"), fresh polynomials
and bounds checked against SymPy; a bound that could run into the integrand abstains."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.integrand_after_bounds import spell_integrand_after_bounds
from agentlib.tools.safe_math import parse_expression

x = sp.Symbol("x")


@pytest.mark.parametrize("seed", range(20))
def test_integrand_after_bounds_is_integrated_between_them(seed):
    rng = random.Random(seed)
    a = rng.randint(-3, 2)
    b = a + rng.randint(1, 4)
    degree = rng.randint(1, 3)  # led by x^degree: an integrand opening with a digit could be the bound's
    integrand = x**degree + sum(rng.randint(0, 5) * x**k for k in range(degree))
    written = str(integrand).replace("**", "^")
    body = rng.choice([written, f"({written})"])
    text = f"{rng.choice(['integral', 'Integral', 'integrate', 'find the integral'])} from {a} to {b} {body} dx"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == sp.integrate(integrand, (x, a, b)), text


def test_constant_words_as_bounds_and_e_to_the_x():
    assert parse_expression(solve_math("integrate from 0 to pi sin(x) dx").value["expression"]) == 2
    assert sp.simplify(parse_expression(solve_math("integral from 0 to 1 e^x dx").value["expression"])
                       - (sp.E - 1)) == 0


@pytest.mark.parametrize("text", ["integral from 0 to 2 pi x dx",  # 2π or 2 with πx
                                  "integral from 0 to 1 2x dx",  # 12x or 1 with 2x
                                  "integral from 0 to 1 x^2"])  # no dx closes the integrand
def test_a_bound_that_could_run_into_the_integrand_abstains(text):
    assert not solve_math(text).verified, text


@pytest.mark.parametrize("text", ["integral from 0 to 1 of x^2 dx", "integral of x^2 dx from 0 to 1", "3 + 4"])
def test_integrals_written_with_of_are_kept(text):
    assert spell_integrand_after_bounds(text) == text
