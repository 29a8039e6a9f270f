"""Repeating decimals with a bar (`repeating_decimals.py`): fresh digits and wordings; each answer's own
decimal expansion, found by long division, must be the digits written, the block repeating."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


def _digits(value: sp.Rational, count: int) -> str:
    """The integer part, a point, then `count` digits of value (>= 0) by long division."""
    whole, rest = divmod(value.p, value.q)
    out = []
    for _ in range(count):
        rest *= 10
        digit, rest = divmod(rest, value.q)
        out.append(str(digit))
    return f"{whole}." + "".join(out)


@pytest.mark.parametrize("seed", range(30))
def test_a_barred_decimal_is_the_fraction_whose_digits_repeat(seed):
    rng = random.Random(seed)
    whole = rng.choice(["0", "", str(rng.randint(1, 12))])
    before = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 2)))
    block = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 3)))
    if set(block) <= {"0"} or set(block) <= {"9"}:  # 0.(0) and 0.(9) are the terminating numbers: no block
        block = "12"
    written = rf"{whole}.{before}\overline{{{block}}}"
    text = rng.choice([r"Express ${w}$ as a common fraction.", r"Express ${w}$ as a common fraction in lowest terms.",
                       r"Write ${w}$ as a fraction.", r"What is ${w}$ as a fraction in simplest form?"]
                      ).format(w=written)
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    value = parse_expression(result.value["expression"])
    assert isinstance(value, sp.Rational), (text, result.answer)
    expansion = _digits(value, len(before) + 4 * len(block))
    assert expansion == f"{whole or '0'}.{before}{block * 4}", (text, result.answer, expansion)


@pytest.mark.parametrize("seed", range(6))
def test_barred_decimals_inside_arithmetic(seed):
    rng = random.Random(40 + seed)
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    text = rf"What is $0.\overline{{{a}}} + 0.\overline{{{b}}}$? Express your answer as a common fraction."
    result = solve_math(text)
    assert result.status == "verified" and parse_expression(result.value["expression"]) == sp.Rational(a + b, 9)


def test_a_bar_over_letters_is_left_alone():
    # a segment's name, never a decimal: no fraction appears and nothing is verified about a number
    result = solve_math(r"What is the length of $\overline{AB}$?")
    assert result.status != "verified"
