"""Micrograms beside milligrams and grams (a nurse's "convert 0.25 mg to mcg"), in fresh values and wordings."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

GRAMS = {"mcg": Fraction(1, 10**6), "micrograms": Fraction(1, 10**6), "mg": Fraction(1, 1000), "g": Fraction(1)}
WORDINGS = ["convert {v} {a} to {b}", "how many {b} is {v} {a}", "how many {b} in {v} {a}", "{v} {a} in {b}"]


@pytest.mark.parametrize("seed", range(25))
def test_micrograms_convert_exactly(seed):
    rng = random.Random(seed)
    source, target = rng.sample(list(GRAMS), 2)
    if {source, target} == {"mcg", "micrograms"}:
        target = "mg"
    value = Fraction(rng.randint(1, 5000), rng.choice([1, 10, 100]))
    shown = str(value.numerator) if value.denominator == 1 else str(float(value))
    text = rng.choice(WORDINGS).format(v=shown, a=source, b=target)
    result = solve_math(text)
    expected = value * GRAMS[source] / GRAMS[target]
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == sp.Rational(expected.numerator, expected.denominator), text
