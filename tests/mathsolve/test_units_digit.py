"""The units digit (`units_digit.py`): fresh powers, products and differences, checked against the last digit of
the number written out in Python; a negative number's units digit is that of its absolute value."""

import random

import pytest

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


@pytest.mark.parametrize("seed", range(20))
def test_the_units_digit_of_a_number(seed):
    rng = random.Random(seed)
    base, exponent = rng.randint(2, 19), rng.randint(1, 3000)
    other = rng.randint(1, 999)
    shape = rng.choice(["power", "power plus", "difference", "product"])
    written, value = {"power": (f"{base}^{{{exponent}}}", base**exponent),
                      "power plus": (f"{base}^{{{exponent % 1000}}} + {other}", base ** (exponent % 1000) + other),
                      "difference": (f"{other} - {base}^{{{exponent % 7 + 1}}}", other - base ** (exponent % 7 + 1)),
                      "product": (rf"{base} \cdot {other}", base * other)}[shape]
    word = rng.choice(["units", "ones", "last"])
    text = f"{rng.choice(['What is', 'Find'])} the {word} digit of ${written}$?"
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert parse_expression(result.value["expression"]) == int(str(abs(value))[-1]), (text, result.answer)
