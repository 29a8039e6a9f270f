""""the sum of 3 and 4", "the product of 2/3 and 9", "the sum of 2, 5 and 11", "the difference between 20 and 4":
an operation named by its result's word (`worded_operations.py`). They abstained ("a sum, product or count of
something this reader does not name"). "the difference between 4 and 20" (16 or -16?) stays unread.

Fresh operands (integers, decimals, fractions, negatives, formulas in x), counts and lead words; the expected value
is computed here."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

LEADS = ["the {w} of {ops}", "what is the {w} of {ops}?", "What's the {w} of {ops}", "find the {w} of {ops}",
         "calculate the {w} of {ops}."]


def _operand(rng: random.Random) -> tuple[str, Fraction]:
    kind = rng.choice(["int", "neg", "frac", "dec"])
    if kind == "int":
        n = rng.randint(1, 99)
        return str(n), Fraction(n)
    if kind == "neg":
        n = rng.randint(1, 20)
        return f"-{n}", Fraction(-n)
    if kind == "frac":
        a, b = rng.randint(1, 9), rng.randint(2, 9)
        return f"{a}/{b}", Fraction(a, b)
    n = rng.randint(1, 99)
    return f"{n / 10}", Fraction(n, 10)


@pytest.mark.parametrize("seed", range(30))
def test_a_sum_or_product_of_numbers(seed):
    rng = random.Random(seed)
    word = rng.choice(["sum", "product"])
    operands = [_operand(rng) for _ in range(rng.randint(2, 4))]
    written = ", ".join(o[0] for o in operands[:-1]) + f" and {operands[-1][0]}"
    expected = sum((o[1] for o in operands), Fraction(0)) if word == "sum" else \
        Fraction(1) * sp.prod([o[1] for o in operands])
    text = rng.choice(LEADS).format(w=word, ops=written)
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert parse_expression(result.value["expression"]) == sp.Rational(expected.numerator, expected.denominator), \
        (text, result.answer, expected)


@pytest.mark.parametrize("seed", range(8))
def test_a_difference_between_two_numbers(seed):
    rng = random.Random(seed)
    big, small = rng.randint(20, 99), rng.randint(1, 19)
    result = solve_math(f"what is the difference between {big} and {small}?")
    assert result.status == "verified" and parse_expression(result.value["expression"]) == big - small
    assert solve_math(f"the difference between {small} and {big}").status != "verified"


def test_a_sum_of_formulas_is_written_out():
    result = solve_math("the sum of x^2 and 3x")
    x = sp.Symbol("x")
    assert result.status == "verified" and sp.expand(parse_expression(result.value["expression"]) - (x**2 + 3 * x)) == 0
