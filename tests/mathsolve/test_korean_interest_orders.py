"""Korean deposits with the years before the kind of interest ("100만원을 연 3%로 2년 복리로 맡기면 얼마가 돼?"),
percent_and_interest.py: fresh amounts, rates, years, verbs and questions against exact arithmetic; "얼마야" alone
(the interest, or the total?) is not answered."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

UNITS = {"만": 10**4, "백만": 10**6, "천": 10**3}


@pytest.mark.parametrize("seed", range(40))
def test_a_korean_deposit_with_years_first_is_computed_exactly(seed):
    rng = random.Random(seed)
    count, unit = rng.randint(1, 500), rng.choice(sorted(UNITS))
    principal = Fraction(count * UNITS[unit])
    rate, years = rng.randint(1, 9), rng.randint(1, 5)
    kind = rng.choice(["단리", "복리"])
    verb = rng.choice(["맡기면", "예금하면", "넣으면", "저축하면"])
    asked = rng.choice(["이자는 얼마야?", "원리금은 얼마인가요?", "얼마가 돼?", "얼마가 될까요?"])
    text = f"{count}{unit}원을 연 {rate}%로 {years}년{rng.choice(['', ' 동안'])} {kind}로 {verb} {asked}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    grown = principal * (1 + Fraction(rate, 100) * years) if kind == "단리" \
        else principal * (1 + Fraction(rate, 100)) ** years
    expected = grown - principal if asked.startswith("이자") else grown
    assert Fraction(result.value["expression"]) == expected, (text, result.answer)


def test_how_much_alone_leaves_interest_or_total_open():
    assert not solve_math("100만원을 연 3%로 2년 복리로 맡기면 얼마야?").verified
