"""A typed fraction beside ^ is never one number to a power: "2 x 8/2^2" is 2·8/4 = 4 (it was answered 32, verified:
the line reader took 8/2 for one number and squared it), and "2^2 1/2" (2²·½, or 2 to the power 2½?) abstains
(it was answered 4√2, verified). Fresh variants: random factors and powers; a verified answer must equal the
value by the usual precedence, computed with `fractions`, never agentlib.
"""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


@pytest.mark.parametrize("seed", range(12))
def test_a_fraction_before_a_power_takes_the_power_on_its_denominator(seed):
    rng = random.Random(seed)
    a, b, c, k = rng.randint(2, 9), rng.randint(2, 40), rng.randint(2, 6), rng.randint(2, 3)
    spaced = rng.random() < 0.5
    text = f"{a} x {b} / {c} ^ {k}" if spaced else f"{a} x {b}/{c}^{k}"
    result = solve_math(text)
    if result.verified:
        found = parse_expression(result.value["expression"])
        assert sp.Rational(found) == sp.Rational(Fraction(a * b) / c**k), (text, result.answer)


@pytest.mark.parametrize("seed", range(8))
def test_a_number_after_a_power_abstains(seed):
    rng = random.Random(50 + seed)
    base, exponent, top, bottom = rng.randint(2, 9), rng.randint(2, 4), rng.randint(1, 5), rng.randint(6, 9)
    text = rng.choice((f"{base}^{exponent} {top}/{bottom}", f"{base}^{exponent} {top}"))
    result = solve_math(text)
    assert result.status == "abstained", (text, result.answer)
