"""A tax rate added to a price or taken back out, in fresh prices, rates, currencies and wordings: checked by
Fraction arithmetic and, for a price taken back, by adding the tax to the answer again."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


def _value(result) -> Fraction:  # noqa: ANN001 (a MathResult)
    value = parse_expression(result.value["expression"])
    return Fraction(int(sp.fraction(value)[0]), int(sp.fraction(value)[1]))


@pytest.mark.parametrize("seed", range(30))
def test_tax_added_or_taken_out(seed):
    rng = random.Random(seed)
    price = Fraction(rng.randint(100, 99999), 100)
    rate = rng.choice([5, 7.5, 10, 13, 19, 20, 21])
    symbol, tax = rng.choice(["£", "$", "€"]), rng.choice(["VAT", "vat", "GST", "sales tax"])
    shown = f"{symbol}{float(price):.2f}"
    kind = rng.choice(["with", "without", "inside"])
    if kind == "with":
        text = rng.choice([f"add {rate:g}% {tax} to {shown}", f"{shown} plus {rate:g}% {tax}"])
    elif kind == "without":
        text = rng.choice([f"price before {tax} if it's {shown} including {rate:g}% {tax}",
                           f"{shown} including {rate:g}% {tax}, what is the price without {tax}",
                           f"remove {rate:g}% {tax} from {shown}"])
    else:
        text = f"how much {tax} is in {shown} at {rate:g}%"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    found, grown = _value(result), 1 + Fraction(str(rate)) / 100
    if kind == "with":
        assert found == price * grown, text
    elif kind == "without":
        assert found * grown == price, text  # the tax added back gives the price paid
    else:
        assert (price - found) * grown == price, text


@pytest.mark.parametrize("text", ["20% VAT on £85",  # the tax alone or the price with it: not said
                                  "£120 including 20% VAT", "£120 with 20% VAT", "add VAT to £85"])
def test_tax_not_fully_said_abstains(text):
    assert not solve_math(text).verified, text
