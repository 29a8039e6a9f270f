"""Markup, margin, break-even and sales tax in fresh wordings and orders, checked against exact arithmetic; a loss,
a missing quantity, two asked at once or a break-even between whole units abstain."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


def _value(text: str) -> sp.Expr:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return parse_expression(result.value["expression"])


def _exact(value: Fraction) -> sp.Rational:
    return sp.Rational(value.numerator, value.denominator)


def _money(value: Fraction) -> str:
    return f"${float(value):.2f}" if value.denominator != 1 else f"${value}"


@pytest.mark.parametrize("seed", range(24))
def test_markup_and_margin_are_profit_over_cost_and_over_price(seed):
    rng = random.Random(seed)
    cost = Fraction(rng.randint(100, 9000), rng.choice([1, 100]))
    price = cost + Fraction(rng.randint(1, 5000), rng.choice([1, 100]))
    said_cost = rng.choice([f"cost is {_money(cost)}", f"I buy at {_money(cost)}", f"the cost price is {_money(cost)}"])
    said_price = rng.choice([f"price is {_money(price)}", f"sell at {_money(price)}",
                             f"the selling price is {_money(price)}"])
    first, second = rng.sample([said_cost, said_price], 2)
    if rng.random() < 0.5:
        text = f"{rng.choice(['markup', 'what is my markup percentage', 'markup percent'])} if {first} and {second}"
        expected = (price - cost) / cost * 100
    else:
        text = f"{rng.choice(['profit margin', 'margin', 'what is the gross margin'])} if {first} and {second}"
        expected = (price - cost) / price * 100
    assert _value(text) == _exact(expected), text


@pytest.mark.parametrize("seed", range(12))
def test_break_even_is_fixed_costs_over_the_contribution(seed):
    rng = random.Random(seed)
    variable, contribution, units = rng.randint(1, 60), rng.randint(1, 40), rng.randint(10, 900)
    parts = [f"fixed costs are ${contribution * units}", f"price ${variable + contribution}",
             f"variable cost ${variable} per unit"]
    rng.shuffle(parts)
    text = f"break even units if {parts[0]}, {parts[1]} and {parts[2]}"
    assert _value(text) == units, text


@pytest.mark.parametrize("seed", range(12))
def test_sales_tax_with_the_price_or_alone(seed):
    rng = random.Random(seed)
    amount, rate = Fraction(rng.randint(100, 99999), 100), Fraction(rng.randint(1, 150), 10)
    rate_text = f"{float(rate):g}%"
    if rng.random() < 0.5:
        text, expected = f"price with {rate_text} sales tax on {_money(amount)}", amount * (1 + rate / 100)
    else:
        text = rng.choice([f"how much is the {rate_text} sales tax on {_money(amount)}",
                           f"sales tax on {_money(amount)} at {rate_text}"])
        expected = amount * rate / 100
    assert _value(text) == _exact(expected), text


@pytest.mark.parametrize("text", [
    "markup if cost is $60 and price is $40",  # a loss
    "margin if cost is $40",
    "markup and margin if cost is $40 and price is $60",
    "break even units if fixed costs are $5000, price $25 and variable cost $22 per unit",  # 1666.67 units
    "markup if cost is $40 and cost is $50 and price is $60",
    "markup if the total cost is $40 and price is $60",
])
def test_cost_and_price_not_certain_abstain(text):
    assert not solve_math(text).verified, text
