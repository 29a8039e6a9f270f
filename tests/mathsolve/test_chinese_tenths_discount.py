"""Chinese 打N折 ("take N tenths": a price at N × 10%), with or without 原价 before the price and the thing named
first ("一件衣服200元，打八折后多少钱？"), and two digits 八五折 (eight tenths and five hundredths: 85%), with or
without 打: fresh prices and tenths, in characters or digits, checked exactly."""

import random
from fractions import Fraction

from agentlib import solve_math

_CHARACTERS = "一二三四五六七八九"


def test_fresh_tenths_discounts():
    rng = random.Random("da zhe")
    for _ in range(12):
        price, tenths = rng.randint(1, 900), rng.randint(1, 9)
        said = rng.choice([_CHARACTERS[tenths - 1], str(tenths)])
        lead = rng.choice(["原价", "一件衣服", "一本书", "这双鞋", ""])
        text = f"{lead}{price}元，打{said}折后{rng.choice(['多少钱', '是多少钱', '多少元'])}？"
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == Fraction(price * tenths, 10), (text, result.answer)


def test_fresh_two_digit_discounts():
    rng = random.Random("ba wu zhe")
    for _ in range(12):
        price, tenths, hundredths = rng.randint(1, 900), rng.randint(1, 9), rng.randint(1, 9)
        said = "".join(rng.choice([_CHARACTERS[d - 1], str(d)]) for d in (tenths, hundredths))
        text = f"{rng.choice(['一件衣服', '原价', ''])}{price}元，{rng.choice(['打', ''])}{said}折后多少钱？"
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == Fraction(price * (10 * tenths + hundredths), 100), text
