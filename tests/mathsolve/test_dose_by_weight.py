"""Doses by body weight in fresh wordings and orders, checked against exact arithmetic (rate × weight); a weight in
another unit, a daily dose divided, or a dose asked in another unit abstain."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


@pytest.mark.parametrize("seed", range(24))
def test_dose_is_rate_times_body_weight(seed):
    rng = random.Random(seed)
    rate = rng.choice([Fraction(rng.randint(1, 40)), Fraction(rng.randint(5, 95), 10)])
    weight = rng.choice([Fraction(rng.randint(3, 90)), Fraction(rng.randint(30, 900), 10)])
    said_rate = f"{float(rate):g} {rng.choice(['mg/kg', 'mg per kg', 'mg/kg'])}"
    said_weight = float(weight)
    text = rng.choice([f"dose is {said_rate} and the child weighs {said_weight:g} kg, how many mg",
                       f"{said_rate} for a {said_weight:g} kg child",
                       f"what's the dose for a {said_weight:g} kg patient at {said_rate}"])
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    expected = rate * weight
    assert parse_expression(result.value["expression"]) == sp.Rational(expected.numerator, expected.denominator)


@pytest.mark.parametrize("text", ["10 mg/kg for a 50 lb child", "10 mg/kg/day divided into 3 doses for a 20 kg child",
                                  "20 mg/kg for a 10 kg child, how many ml", "10 mg per kg", "a 24 kg child"])
def test_a_dose_not_certain_abstains(text):
    assert not solve_math(text).verified, text
