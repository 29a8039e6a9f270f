"""Numbers grouped by thousands with spaces, fresh values checked against exact arithmetic; runs that could be two
numbers stay as written and abstain, and two numbers beside each other stay two."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.space_grouped_thousands import join_space_grouped_thousands
from agentlib.tools.safe_math import parse_expression


def _spaced(value: int) -> str:
    return f"{value:,}".replace(",", " ")


@pytest.mark.parametrize("seed", range(20))
def test_a_space_grouped_number_whose_groups_open_with_zero_is_one_number(seed):
    rng = random.Random(seed)
    value = rng.randint(1, 999) * 1000 ** rng.randint(1, 3) + rng.randint(0, 99)  # every later group opens with 0
    divisor = rng.randint(2, 400)
    text = rng.choice([f"{_spaced(value)} divided by {divisor}", f"what is {_spaced(value)} / {divisor}",
                       f"{_spaced(value)} - {divisor}"])
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    expected = Fraction(value, divisor) if "-" not in text else Fraction(value - divisor)
    assert parse_expression(result.value["expression"]) == sp.Rational(expected.numerator, expected.denominator)


@pytest.mark.parametrize("text", ["12 500 + 1", "2 500 000 / 2"])
def test_a_run_that_could_be_two_numbers_is_not_joined(text):
    assert not solve_math(text).verified, text


@pytest.mark.parametrize("text", ["gcd 100 200", "1 2 3", "12 500", "2 500 000", "x 000"])
def test_two_numbers_side_by_side_are_kept(text):
    assert join_space_grouped_thousands(text) == text
