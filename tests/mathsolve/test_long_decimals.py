"""Decimals with many digits stay exact end to end: read from the text as written, computed as rationals, and
written back without the 28-digit rounding of Python's `decimal` context.

Regressions: "123456789012345678901234567890.126 + 0" came back verified 1.23456789012346e+29 (the literal went
through a binary float); "1.01^14" lost its last two digits (1.14947421323762231204649114, exact
1.1494742132376223120464911401); rounding a 30-digit number to 2 places failed inside `decimal`. Fresh variants:
random long decimals; expected values from `fractions` and integer arithmetic, never from agentlib.
"""

import random
from fractions import Fraction

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.decimals import exact_decimal


def _long_decimal(rng: random.Random) -> str:
    whole = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(rng.randint(15, 34)))
    fraction = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 8))).rstrip("0") or "5"
    return f"{whole}.{fraction}"


@pytest.mark.parametrize("seed", range(12))
def test_long_decimals_add_and_multiply_exactly(seed):
    rng = random.Random(seed)
    a, b = _long_decimal(rng), _long_decimal(rng)
    operator = rng.choice("+-*")
    expected = {"+": Fraction(a) + Fraction(b), "-": Fraction(a) - Fraction(b), "*": Fraction(a) * Fraction(b)}
    result = solve_math(f"{a} {operator} {b}")
    assert result.verified, result.reason
    assert Fraction(result.value["expression"]) == expected[operator], (a, operator, b, result.answer)


@pytest.mark.parametrize("seed", range(8))
def test_rounding_a_long_number_keeps_every_digit_before_the_place(seed):
    rng = random.Random(seed)
    number = _long_decimal(rng)
    places = rng.randint(0, 2)
    result = solve_math(f"round {number} to {places} decimal place{'s' if places != 1 else ''}")
    scaled = Fraction(number) * 10 ** places
    rounded = Fraction(int(scaled + Fraction(1, 2)), 10 ** places)  # half up, positive numbers
    assert result.verified, result.reason
    assert Fraction(result.answer) == rounded, (number, places, result.answer)


@settings(max_examples=200, deadline=None)
@given(st.integers(-10**40, 10**40), st.integers(0, 60), st.integers(0, 30))
def test_exact_decimal_is_the_value_itself(numerator, twos, fives):
    value = sp.Rational(numerator, 2 ** twos * 5 ** fives)
    text = exact_decimal(value)
    assert Fraction(text) == Fraction(int(value.p), int(value.q))
    assert "e" not in text.lower() and not (("." in text) and text.endswith("0"))


def test_regression_a_power_of_a_decimal_keeps_its_last_digits():
    assert solve_math("1.01^14").answer == "1.1494742132376223120464911401"
