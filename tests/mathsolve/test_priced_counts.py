"""A count of things at a price each ("i bought 3 shirts at $15 each, how much did i spend"), over fresh counts,
prices, things, wordings and orders, against count × price; a price not said to be each one's, another unit, a
second kind of thing or a discount is not read."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.mathsolve.priced_counts import read_priced_count

THINGS = [("shirts", "shirt"), ("tickets", "ticket"), ("muffins", "muffin"), ("notebooks", "notebook"),
          ("red pens", "pen"), ("movie tickets", "ticket")]


@pytest.mark.parametrize("seed", range(16))
def test_count_times_the_price_of_one(seed):
    rng = random.Random(seed)
    count = rng.randint(1, 60)
    cents = rng.choice([0, 0, 25, 50, 99])
    price = Fraction(rng.randint(1, 300)) + Fraction(cents, 100)
    shown = f"{price.numerator // price.denominator}" if cents == 0 else f"{float(price):.2f}"
    things, one = rng.choice(THINGS)
    counted = rng.choice([f"{count} {things}", f"i bought {count} {things}", f"we ordered {count} {things}"])
    each = rng.choice([f"at ${shown} each", f"for ${shown} each", f"${shown} apiece", f"${shown} per {one}"])
    ask = rng.choice(["", "how much did i spend", "what's the total", "how much in total", "total"])
    parts = [counted, each]
    if rng.random() < 0.3 and not counted.startswith(("i ", "we ")):
        parts.reverse()
    text = " ".join(parts) if rng.random() < 0.5 else ", ".join(parts)
    text = f"{text}, {ask}" if ask else text
    result = solve_math(text)
    assert result.verified and Fraction(result.value["expression"]) == count * price, (text, result.answer)


def test_a_price_not_of_one_or_a_second_kind_is_not_read():
    for text in ["3 shirts for $45", "3 shirts at $15 a pair", "3 shirts at $15 each and 2 hats at $10 each",
                 "3 shirts at $15 each with 20% off", "3 shirts at $15 per hat"]:
        assert read_priced_count(text) is None, text
