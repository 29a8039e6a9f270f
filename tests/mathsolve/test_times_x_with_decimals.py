""""x" as the times sign in a line of decimals, signed numbers and dollar amounts: "$19.99 x 3", "4 x 1.5",
"3 x -2", "-3 x 2".

Before: the line reader took "x" for the times sign only between whole numbers, so "19.99 x 3" asked whether x
was a letter. Fresh variants: random decimals with cents, signs and "$", expected values from `fractions`, never
agentlib; a decimal answer is written as a decimal.
"""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

LEADS = ("", "what's ", "what is ", "calculate ")


def _value(text: str) -> Fraction:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return Fraction(str(parse_expression(result.value["expression"])))


@pytest.mark.parametrize("seed", range(12))
def test_a_price_times_a_count(seed):
    rng = random.Random(seed)
    cents, count = rng.randint(1, 99_999), rng.randint(2, 40)
    price = f"{cents // 100}.{cents % 100:02d}"
    text = f"{rng.choice(LEADS)}{rng.choice(('', '$'))}{price} x {count}"
    result = solve_math(text)
    assert _value(text) == Fraction(cents, 100) * count, text
    assert "/" not in result.answer, (text, result.answer)  # decimals in, decimals out


@pytest.mark.parametrize("seed", range(10))
def test_signed_factors(seed):
    rng = random.Random(30 + seed)
    a, b = Fraction(rng.randint(1, 999), 10), rng.randint(1, 50)
    negative_left, negative_right = rng.random() < 0.5, rng.random() < 0.5
    if not (negative_left or negative_right):
        negative_right = True
    left = f"-{float(a)}" if negative_left else f"{float(a)}"
    right = f"-{b}" if negative_right else f"{b}"
    expected = (-a if negative_left else a) * (-b if negative_right else b)
    assert _value(f"{left} x {right}") == expected, (left, right)


def test_a_letter_among_the_factors_still_asks():
    assert not solve_math("1.5 x 2 x y").verified


@pytest.mark.parametrize("seed", range(16))
def test_bracketed_products_with_x_such_as_scientific_notation(seed):
    # the bug: "(3.2 x 10^5) times (2 x 10^3)" asked whether x was a letter: the line reader refused every bracket
    rng = random.Random(90 + seed)
    a, b = Fraction(rng.randint(10, 99), 10), Fraction(rng.randint(10, 99), 10)
    m, n = rng.randint(-4, 9), rng.randint(-4, 9)
    op, combine = rng.choice([("times", lambda p, q: p * q), ("x", lambda p, q: p * q), ("/", lambda p, q: p / q),
                              ("divided by", lambda p, q: p / q), ("+", lambda p, q: p + q)])
    text = f"{rng.choice(LEADS)}({float(a)} x 10^{m}) {op} ({float(b)} x 10^{n})"
    assert _value(text) == combine(a * Fraction(10) ** m, b * Fraction(10) ** n), text


@pytest.mark.parametrize("text", ["6 ÷ 2(1+2)", "(2 x 3", "2 x 3)", "(3,5 x 2)", "2 x (3 x 4))"])
def test_a_bracket_after_a_number_or_unbalanced_is_not_read_as_times(text):
    assert not solve_math(text).verified, text
