"""A fraction asked as a decimal that never ends is written with its repeating block in parentheses
(1/3 -> 0.(3)); the digits are checked by reading them back as a fraction, on fresh fractions; long division
and the barred-decimal reader are property-tested against each other."""

import random
import re
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import agentlib
from agentlib.mathsolve.repeating_decimals import MOST_DIGITS, repeating_digits, repeating_value

_WRITTEN = re.compile(r"^(-?\d+)\.(\d*)\((\d+)\)$")


def _read_back(text: str) -> Fraction:
    match = _WRITTEN.match(text)
    assert match, text
    whole, before, block = match.groups()
    value = repeating_value(whole.lstrip("-"), before, block)
    return -value if whole.startswith("-") else value


@given(st.integers(-10_000, 10_000), st.integers(1, 400))
def test_long_division_and_the_bar_reader_agree(numerator: int, denominator: int) -> None:
    value = Fraction(numerator, denominator)
    digits = repeating_digits(value)
    if digits is None:
        return
    whole, before, block = digits
    assert 0 < len(before) + len(block) <= MOST_DIGITS
    back = repeating_value(whole.lstrip("-"), before, block)
    assert (-back if whole.startswith("-") else back) == value


@pytest.mark.parametrize("seed", range(3))
def test_a_non_terminating_fraction_as_a_decimal(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(4):
        denominator = rng.choice((3, 6, 7, 9, 11, 12, 13, 15, 21, 22, 27, 33))
        numerator = rng.randint(1, 5 * denominator)
        value = Fraction(numerator, denominator)
        if value.denominator in (1, 2, 4, 5, 8, 10):
            continue
        text = rng.choice(("{p}/{q} as a decimal", "convert {p}/{q} to a decimal", "what is {p}/{q} in decimal"))
        result = agentlib.solve_math(text.format(p=numerator, q=denominator))
        assert result.status == "verified", (text, result.reason)
        assert _read_back(result.answer) == value, (text, result.answer)


def test_a_block_longer_than_the_limit_asks_how_to_round() -> None:
    result = agentlib.solve_math("1/97 as a decimal")
    assert result.status == "abstained" and "round" in result.reason


def test_a_terminating_fraction_keeps_its_exact_digits() -> None:
    assert agentlib.solve_math("3/8 as a decimal").answer == "0.375"
