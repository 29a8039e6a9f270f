"""A typed fraction after ÷ / "divided by" / 나누기, or around a spaced slash, is one number.

Fresh variants: random fractions, division words and wordings; the expected quotient computed with `fractions`,
never by agentlib. Glued fractions ("3/4x") keep abstaining: their grouping is not shown.
"""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

DIVISIONS = ("{} ÷ {}", "{} divided by {}", "what is {} divided by {}", "{} 나누기 {}", "{} ÷ {} = ?",
             "{} ÷ {} 을 계산하시오", "{} / {}")


def _fraction(rng: random.Random) -> tuple[str, Fraction]:
    numerator, denominator = rng.randint(1, 20), rng.randint(2, 20)
    return f"{numerator}/{denominator}", Fraction(numerator, denominator)


@pytest.mark.parametrize("seed", range(24))
def test_a_fraction_divided_by_a_fraction_is_their_quotient(seed):
    rng = random.Random(seed)
    (a, p), (b, q) = _fraction(rng), _fraction(rng)
    result = solve_math(rng.choice(DIVISIONS).format(a, b))
    assert result.verified, result.reason
    assert Fraction(result.value["expression"]) == p / q, (a, b, result.answer)


@pytest.mark.parametrize("seed", range(8))
def test_a_whole_number_divided_by_a_fraction(seed):
    rng = random.Random(50 + seed)
    whole = rng.randint(1, 40)
    b, q = _fraction(rng)
    result = solve_math(rng.choice(DIVISIONS[:-1]).format(whole, b))
    assert result.verified, result.reason
    assert Fraction(result.value["expression"]) == whole / q


def test_a_slash_chain_without_spaces_keeps_left_to_right():
    assert Fraction(solve_math("1/2/3/4").value["expression"]) == Fraction(1, 24)


def test_a_fraction_glued_to_a_letter_after_division_abstains():
    assert not solve_math("12 ÷ 3/4x").verified


def test_regression_one_half_divided_by_three_quarters_was_one_twenty_fourth():
    # The bug: "1/2 ÷ 3/4" read by precedence alone as ((1/2)/3)/4 and answered 1/24, verified.
    result = solve_math("1/2 ÷ 3/4")
    assert result.verified and result.value["expression"] == "2/3"
