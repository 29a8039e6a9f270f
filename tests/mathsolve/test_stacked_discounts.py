"""Discounts taken one after another, in fresh prices, percents and wordings: checked by taking each discount off
the price left (Fraction), and never read as the percents added."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


@pytest.mark.parametrize("seed", range(30))
def test_discounts_stack_on_the_price_left(seed):
    rng = random.Random(seed)
    price = Fraction(rng.randint(100, 50000), 100)
    percents = [rng.choice([5, 10, 12.5, 15, 20, 25, 30, 40, 50]) for _ in range(rng.choice([2, 2, 3]))]
    money = f"${float(price):.2f}"
    offs = [f"{p:g}% off" for p in percents]
    joins = [rng.choice([" then ", " and then another ", ", then an extra ", " then a further "]) for _ in offs[1:]]
    chain = offs[0] + "".join(j + o for j, o in zip(joins, offs[1:]))
    text = rng.choice([f"{chain} {money}", f"{money} with {chain}", f"{chain} {money}, what do i pay"])
    left = price
    for p in percents:
        left -= left * Fraction(str(p)) / 100
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == sp.Rational(left.numerator, left.denominator), text


@pytest.mark.parametrize("text", ["20% off and then another 10% off",  # no price
                                  "$200 with 120% off then 10% off"])
def test_discounts_not_fully_said_abstain(text):
    assert not solve_math(text).verified, text
