"""Which of two offers is cheaper per unit, in fresh amounts, prices, units and wordings: the named offer is the
one with the lower exact price per unit (by brute comparison of fractions); unlike units or a missing offer are not
read."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

UNITS = ["g", "kg", "ml", "oz", "eggs", "rolls"]


def _price(rng: random.Random) -> tuple[str, Fraction]:
    cents = rng.randint(50, 4000)
    return f"{cents // 100}.{cents % 100:02d}", Fraction(cents, 100)


@pytest.mark.parametrize("seed", range(30))
def test_the_offer_with_the_lower_unit_price_is_named_first(seed):
    rng = random.Random(seed)
    amount_a, amount_b = rng.sample([6, 8, 10, 12, 18, 20, 24, 250, 500, 750, 1000], 2)
    (said_a, price_a), (said_b, price_b) = _price(rng), _price(rng)
    if rng.random() < 0.4:
        label_a, label_b = f"{amount_a}-pack", f"{amount_b}-pack"
        text = f"is the {label_a} at ${said_a} or the {label_b} at ${said_b} the better deal"
    else:
        unit = rng.choice(UNITS)
        label_a, label_b = f"{amount_a} {unit}", f"{amount_b} {unit}"
        offer_a, offer_b = f"{label_a} for ${said_a}", f"{label_b} for ${said_b}"
        text = rng.choice([f"which is cheaper, {offer_a} or {offer_b}",
                           f"which is the better buy: {offer_a} or {offer_b}",
                           f"{offer_a} or {offer_b}, which is cheaper"])
    result = solve_math(text)
    per_a, per_b = price_a / amount_a, price_b / amount_b
    assert result.verified, (text, result.reason)
    if per_a == per_b:
        assert result.value["text"] == "the same", (text, result.answer)
        return
    better, worse = (label_a, label_b) if per_a < per_b else (label_b, label_a)
    assert result.value["text"] == better, (text, result.answer)
    assert result.answer.index(better) < result.answer.index(worse), (text, result.answer)


@pytest.mark.parametrize("text", [
    "which is cheaper, 500 g for $3.20 or 1 kg for $6",  # unlike units as written
    "which is cheaper, 500 g for $3.20 or",  # one offer
    "which is cheaper, 500 g for $3.20 or 750 ml for $4.50",  # grams against millilitres
])
def test_offers_not_alike_or_missing_are_not_compared(text):
    assert not solve_math(text).verified, text
