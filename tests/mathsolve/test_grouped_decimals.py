"""Amounts written with thousands separators and a decimal point: "$1,234.56 + $99.99", "12% of 1,250.50".

The reader took "1,234" for one number and ".56" for another beside it, and abstained ("two numbers side by side").
Fresh variants: random amounts in dollars and cents, grouped by threes, with or without "$"; expected values from
`fractions` on the digits, never agentlib. A comma group of other than three digits is not a thousands separator,
so such a line still does not read as one.
"""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

OPERATORS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}


def _grouped(cents: int) -> str:
    return f"{cents // 100:,}.{cents % 100:02d}"


def _value(text: str) -> Fraction:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return Fraction(str(parse_expression(result.value["expression"])))


@pytest.mark.parametrize("seed", range(12))
def test_grouped_amounts_with_cents(seed):
    rng = random.Random(seed)
    left, right = rng.randint(100_000, 10**10), rng.randint(1, 99_999)
    symbol = rng.choice(list(OPERATORS))
    dollar = rng.choice(("", "$"))
    right_text = _grouped(right) if symbol != "*" else str(rng.randint(2, 9))
    right_value = Fraction(right, 100) if symbol != "*" else Fraction(right_text)
    text = f"{rng.choice(('', 'what is '))}{dollar}{_grouped(left)} {symbol} {dollar if symbol != '*' else ''}" \
        f"{right_text}"
    assert _value(text) == OPERATORS[symbol](Fraction(left, 100), right_value), text


@pytest.mark.parametrize("seed", range(6))
def test_a_percent_of_a_grouped_amount(seed):
    rng = random.Random(50 + seed)
    percent, cents = rng.randint(1, 99), rng.randint(100_000, 10**9)
    text = f"{percent}% of {_grouped(cents)}"
    assert _value(text) == Fraction(percent, 100) * Fraction(cents, 100), text


def test_a_group_of_two_digits_is_not_a_thousands_separator():
    assert not solve_math("1,23.45 + 1").verified
