"""Korean amounts with place words ("2만 5천원"): fresh amounts written as Koreans write them, each read back
exactly, in a percent, a discount and a purchase; ill-formed places and 만 the particle are left alone."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.mathsolve.korean_amounts import korean_amount, spell_korean_amounts


def _written(value: int, rng: random.Random) -> str:
    """`value` (below a trillion) as 억 / 만 / 천 / 백 parts with digits, spaced or glued at random."""
    parts = []
    eok, rest = divmod(value, 10**8)
    man, rest = divmod(rest, 10**4)
    cheon, rest = divmod(rest, 1000)
    baek, rest = divmod(rest, 100)
    for count, place in ((eok, "억"), (man, "만"), (cheon, "천"), (baek, "백")):
        if count:
            parts.append(f"{count}{place}")
    if rest:
        parts.append(str(rest))
    return rng.choice([" ", ""]).join(parts)


def _amounts(seed: int, count: int = 25) -> list[int]:
    rng = random.Random(seed)
    return [rng.choice([rng.randint(1, 99) * 1000, rng.randint(1, 999) * 10**4 + rng.randint(0, 9) * 1000,
                        rng.randint(1, 9) * 10**8 + rng.randint(0, 9999) * 10**4]) for _ in range(count)]


@pytest.mark.parametrize("seed", range(4))
def test_fresh_amounts_read_back_exactly(seed):
    rng = random.Random(seed)
    for value in _amounts(seed):
        written = _written(value, rng)
        if not any(place in written for place in "억만천백"):
            continue
        assert korean_amount(written) == value, written
        assert spell_korean_amounts(f"{written}{rng.choice(['', ' '])}원짜리") == f"{value}원짜리"


@pytest.mark.parametrize("seed", range(3))
def test_fresh_amounts_in_a_percent_a_discount_and_a_purchase(seed):
    rng = random.Random(100 + seed)
    for value in _amounts(seed, 6):
        written = _written(value, rng)
        percent = rng.choice([5, 10, 15, 20, 25, 30, 40])
        count = rng.randint(2, 9)
        asked = {
            f"{written}원의 {percent}%는 얼마야?": Fraction(value * percent, 100),
            f"{written}원의 {percent}% 할인하면 얼마야?": Fraction(value * (100 - percent), 100),
            f"{written}원짜리 물건을 {count}개 사면 얼마야?": Fraction(value * count),
        }
        for text, expected in asked.items():
            result = solve_math(text)
            assert result.verified, (text, result.reason)
            assert Fraction(result.value["expression"]) == expected, (text, result.answer)


@pytest.mark.parametrize("written", ["3천5백만", "1만 20000", "12천", "0만", "2.5만 3천", "3만 2만"])
def test_places_that_do_not_fall_or_counts_too_large_are_not_read(written):
    # "3천5백만": 3000 + 5000000, or (3천5백)만 = 35000000? Refused, as are the other ill-formed amounts
    assert korean_amount(written) is None
    assert spell_korean_amounts(f"{written}원") == f"{written}원"


def test_man_before_no_won_is_the_particle_only_and_stays():
    assert spell_korean_amounts("3만 더하면 10이 된다") == "3만 더하면 10이 된다"


def test_regression_two_man_five_cheon_won_discount_was_abstained():
    result = solve_math("2만 5천원의 30% 할인하면 얼마야?")
    assert result.verified and result.answer == "17500"


@pytest.mark.parametrize(("written", "value"), [("4,200만원", 42_000_000), ("1,200만 원", 12_000_000),
                                               ("4,200만 5천원", 42_005_000)])
def test_a_count_with_a_thousands_comma(written, value):
    assert spell_korean_amounts(written).replace(" ", "") == f"{value}원"


@pytest.mark.parametrize("written", ["3,5만원", "12,000만원", "12,500원"])
def test_other_commas_stay(written):
    assert spell_korean_amounts(written) == written


@pytest.mark.parametrize("seed", range(10))
def test_a_discounted_price_asked_with_halingga(seed):
    """ "3만원의 20% 할인가는?": the price after the discount ("할인가" was an unknown word after "원의")."""
    rng = random.Random(seed)
    man, rate = rng.randint(1, 40), rng.choice([5, 10, 15, 20, 25, 30, 50])
    amount = rng.choice([f"{man}만원", f"{man * 10000}원"])
    text = rng.choice([f"{amount}의 {rate}% 할인가는?", f"{amount}의 {rate}% 할인 가격은 얼마야",
                       f"{amount}의 {rate}% 할인가"])
    result = solve_math(text)
    expected = Fraction(man * 10000) * (100 - rate) / 100
    assert result.status == "verified" and Fraction(result.value["expression"]) == expected, (text, result.answer)
