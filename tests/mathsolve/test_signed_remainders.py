"""A sign written before a remainder: "-7 mod 3" is (-7) mod 3 = 2, as Python's -7 % 3 and calculators read it.

The bug (nineteenth batch round): the leading sign was taken over the whole term, -(7 mod 3), and "-7 mod 3" was
answered -1, verified. Fresh variants: random dividends, moduli, a product before the remainder, a number after
it; expected values from Python's `%` on integers (the remainder has the modulus's sign), never agentlib.
"""

import random

import pytest

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

LEADS = ("", "what is ", "what's ", "compute ")
# "%" between two operands is asked back since round 37 (a remainder or a percent of the number after it:
# `test_percent_between_numbers.py`), so the remainder is written "mod" here
MOD_WORDS = ("mod", "modulo")


def _value(text: str) -> int:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return int(parse_expression(result.value["expression"]))


@pytest.mark.parametrize("seed", range(12))
def test_a_leading_minus_belongs_to_the_dividend(seed):
    rng = random.Random(seed)
    dividend, modulus = rng.randint(1, 999), rng.randint(2, 60)
    text = f"{rng.choice(LEADS)}-{dividend} {rng.choice(MOD_WORDS)} {modulus}"
    assert _value(text) == (-dividend) % modulus, text


@pytest.mark.parametrize("seed", range(8))
def test_a_leading_minus_before_a_product_then_a_remainder(seed):
    rng = random.Random(100 + seed)
    a, b, modulus = rng.randint(2, 40), rng.randint(2, 40), rng.randint(3, 30)
    added = rng.randint(1, 50)
    text = f"-{a}*{b} mod {modulus} + {added}"
    assert _value(text) == (-a * b) % modulus + added, text


@pytest.mark.parametrize("seed", range(6))
def test_a_minus_between_numbers_still_subtracts_the_remainder(seed):
    rng = random.Random(200 + seed)
    left, dividend, modulus = rng.randint(1, 99), rng.randint(1, 999), rng.randint(2, 60)
    text = f"{left} - {dividend} mod {modulus}"
    assert _value(text) == left - dividend % modulus, text


def test_a_bracketed_remainder_keeps_the_sign_outside():
    assert _value("-(7 mod 3)") == -1
    assert _value("-7 mod 3") == 2
