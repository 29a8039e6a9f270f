"""The price of one from a price of several ("a dozen eggs cost $3, how much is one egg"), a percent of an amount in
won ("30000원의 15%"), a discount on a priced item in Korean, Japanese (25%引き) and Chinese (打八折). Fresh
variants: random prices, counts, nouns and rates; expected values from `fractions`, never agentlib.
"""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

NOUNS = (("eggs", "egg"), ("boxes", "box"), ("cherries", "cherry"), ("pens", "pen"), ("peaches", "peach"))
DOZENS = {"a dozen": 12, "half a dozen": 6, "two dozen": 24}
HAN = " 一二三四五六七八九"


def _found(text: str) -> Fraction:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return Fraction(result.value["expression"])


@pytest.mark.parametrize("seed", range(12))
def test_the_price_of_one(seed):
    rng = random.Random(seed)
    plural, single = rng.choice(NOUNS)
    said, count = rng.choice(list(DOZENS.items()) + [(str(n), n) for n in (3, 4, 5, 8)])
    cents = rng.randint(100, 2000)
    price = f"${cents // 100}.{cents % 100:02d}"
    text = rng.choice((f"{said} {plural} cost {price}, how much is one {single}",
                       f"If {said} {plural} cost {price}, how much does one {single} cost?",
                       f"{said} {plural} cost {price}. what does each {single} cost"))
    assert _found(text) == Fraction(cents, 100) / count, text


def test_a_different_noun_asked_abstains():
    assert not solve_math("a dozen eggs cost $3, how much is one apple").verified


@pytest.mark.parametrize("seed", range(8))
def test_korean_percent_of_won_and_discounts(seed):
    rng = random.Random(100 + seed)
    price, rate = rng.randint(10, 900) * 100, rng.choice((5, 10, 15, 20, 25, 30, 40))
    assert _found(f"{price}원의 {rate}%는 얼마인가요?") == Fraction(price * rate, 100)
    text = f"{rng.choice(('정가 ', ''))}{price}원{rng.choice(('인', '짜리'))} 가방을 {rate}% 할인하면 얼마예요?"
    assert _found(text) == Fraction(price * (100 - rate), 100), text


@pytest.mark.parametrize("seed", range(8))
def test_japanese_and_chinese_discounts(seed):
    rng = random.Random(200 + seed)
    price, rate = rng.randint(10, 900) * 10, rng.choice((10, 20, 25, 30, 50))
    assert _found(f"{price}円の{rate}%引きはいくらですか") == Fraction(price * (100 - rate), 100)
    tenths = rng.randint(5, 9)
    assert _found(f"一件衣服原价{price}元，打{HAN[tenths]}折后多少钱？") == Fraction(price * tenths, 10)


def test_regression_a_dozen_eggs_was_a_word_problem_without_a_model():
    assert _found("a dozen eggs cost $3, how much is one egg") == Fraction(1, 4)


WEIGHTS = {"lb": "pound", "lbs": "pound", "pounds": "pound", "pound": "pound", "kg": "kg", "kilos": "kg", "kilo": "kg"}


@pytest.mark.parametrize("seed", range(10))
def test_a_price_by_weight(seed):
    rng = random.Random(300 + seed)
    amount = Fraction(rng.randint(1, 40), rng.choice((1, 2, 4)))
    cents = rng.randint(50, 999)
    unit = rng.choice(sorted(WEIGHTS))
    per = rng.choice([u for u in ("pound", "lb", "kg", "kilo") if WEIGHTS[u] == WEIGHTS[unit]])
    price = f"${cents // 100}.{cents % 100:02d}"
    text = rng.choice((f"how much are {float(amount):g} {unit} of apples at {price} a {per}",
                       f"{float(amount):g} {unit} of rice at {price} per {per}",
                       f"what do {float(amount):g} {unit} of cherries cost at {price}/{per}"))
    assert _found(text) == amount * Fraction(cents, 100), text


def test_a_price_per_other_unit_of_weight_abstains():
    assert not solve_math("3 lbs of apples at $1.49 a kilo").verified
