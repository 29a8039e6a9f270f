"""Formulas named in words ("area of a circle with radius 5", "what percent of 72 is 18", "6 choose 2"): each
shape read with fresh numbers and checked against the formula computed here, plus shapes that must abstain."""

from fractions import Fraction
from itertools import product
from math import comb, factorial, perm

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.everyday_formulas import read_worded_formula
from agentlib.tools.safe_math import parse_expression


def _value(text: str) -> sp.Expr:
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert any(note.startswith("read as") for note in result.notes), result.notes
    return parse_expression(result.value["expression"])


@pytest.mark.parametrize("text, expected", [
    ("What percentage of 250 is 40?", sp.Integer(16)),
    ("45 is what percent of 180", sp.Integer(25)),
    ("30은 120의 몇 퍼센트인가요?", sp.Integer(25)),
    ("percent change from 50 to 65", sp.Integer(30)),
    ("percentage decrease from 200 to 150", sp.Integer(25)),
    ("40에서 50으로 늘면 몇 퍼센트 증가인가요?", sp.Integer(25)),
    ("raise 60 by 5%", sp.Integer(63)),
    ("reduce 1,500 by 30%", sp.Integer(1050)),
    ("30000원에서 10% 할인하면 얼마인가요?", sp.Integer(27000)),
    ("after a 25% discount, a lamp costs $60. what was the original price?", sp.Integer(80)),
    ("2/5 of 350", sp.Integer(140)),
    ("200의 3/8은 얼마인가요?", sp.Integer(75)),
])
def test_percentages_and_fractions_of_numbers(text, expected):
    assert _value(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("area of a circle with diameter 6", 9 * sp.pi),
    ("circumference of a circle with radius 2.5", 5 * sp.pi),
    ("반지름이 4인 원의 넓이를 구하시오", 16 * sp.pi),
    ("半径2の円の面積", 4 * sp.pi),
    ("surface area of a sphere with radius 2", 16 * sp.pi),
    ("what is the area of a rectangle 9 by 3", sp.Integer(27)),
    ("perimeter of a rectangle with length 11 and width 2", sp.Integer(26)),
    ("hypotenuse of a right triangle with legs 5 and 12", sp.Integer(13)),
    ("두 변의 길이가 8과 15인 직각삼각형의 빗변의 길이는?", sp.Integer(17)),
])
def test_geometry_formulas_in_words(text, expected):
    assert sp.simplify(_value(text) - expected) == 0


@pytest.mark.parametrize("text, expected", [
    ("how many ways to choose 2 from 7", comb(7, 2)),
    ("9 choose 4", comb(9, 4)),
    ("C(6, 3)", comb(6, 3)),
    ("P(7,2)", perm(7, 2)),
    ("how many ways can 6 students line up", factorial(6)),
    ("8개 중에서 2개를 뽑는 경우의 수는?", comb(8, 2)),
    ("probability of drawing a heart from a standard deck", Fraction(1, 4)),
    ("a jar contains 4 green and 6 white marbles. probability of drawing a white one", Fraction(3, 5)),
])
def test_counting_and_probability_in_words(text, expected):
    assert _value(text) == sp.Rational(expected.numerator, expected.denominator) if isinstance(expected, Fraction) \
        else _value(text) == expected


@pytest.mark.parametrize("total", range(2, 13))
def test_two_dice_sum_matches_enumeration(total):
    ways = sum(1 for a, b in product(range(1, 7), repeat=2) if a + b == total)
    assert _value(f"probability of rolling a sum of {total} with two dice") == sp.Rational(ways, 36)


@pytest.mark.parametrize("text, expected", [
    ("convert 36 km/h to m/s", sp.Integer(10)),
    ("how many cm is 2 inches", sp.Rational(508, 100)),
    ("convert 90 minutes to hours", sp.Rational(3, 2)),
    ("시속 54km는 초속 몇 m인가요?", sp.Integer(15)),
    ("1시간 20분은 몇 분인가요?", sp.Integer(80)),
    ("if you cycle 45 km at 15 km/h how long does it take", sp.Integer(3)),
    ("split 90 in the ratio 2:7, what is the smaller share", sp.Integer(20)),
    ("100을 1:4로 나눌 때 작은 쪽은 얼마인가요?", sp.Integer(20)),
    ("simple interest on $500 at 4% per annum for 3 years", sp.Integer(60)),
    ("$2,000 at 10% compounded annually for 2 years", sp.Integer(2420)),
    ("원금 10000원을 연 10% 복리로 3년 동안 예금하면 원리금은?", sp.Integer(13310)),
])
def test_rates_units_ratios_and_interest(text, expected):
    assert _value(text) == expected


@given(st.integers(1, 10_000), st.integers(1, 10_000))
@settings(max_examples=40, deadline=None)
def test_what_percent_reads_part_over_whole(part, whole):
    worded = read_worded_formula(f"what percent of {whole} is {part}")
    assert worded is not None
    assert parse_expression(worded.formula) == sp.Rational(part, whole) * 100


@given(st.integers(0, 30), st.integers(0, 30))
@settings(max_examples=40, deadline=None)
def test_choose_matches_comb_or_declines(k, n):
    worded = read_worded_formula(f"how many ways to choose {k} of {n}")
    if k > n:
        assert worded is None
    else:
        assert worded is not None and parse_expression(worded.formula) == comb(n, k)


@pytest.mark.parametrize("text", [
    "percent increase from 80 to 60",  # an increase that falls: not a reading to be sure of
    "split 120 in the ratio 3:5",  # which share?
    "share 50 in the ratio 5:5, what is the larger share",  # no larger share
    "convert 5 apples to pears",
    "a bag has 2 red and 3 blue balls. probability of picking a green one",
])
def test_shapes_that_leave_a_choice_are_not_read(text):
    assert read_worded_formula(text) is None


def test_korean_lowest_terms_request_simplifies_the_sum():
    # '기약분수로 나타내시오' (write in lowest terms) asks to simplify.
    result = solve_math("1/6 + 2/9 를 기약분수로 나타내시오")
    assert result.status == "verified" and parse_expression(result.value["expression"]) == sp.Rational(7, 18)


@pytest.mark.parametrize("text, expected", [
    ("convert 1.2 kilometres to metres", sp.Integer(1200)),
    ("how many feet is 30 inches", sp.Rational(5, 2)),
    ("750 g to kg", sp.Rational(3, 4)),
    ("how many ml in 2.5 liters", sp.Integer(2500)),
    ("340cm는 몇 m인가요?", sp.Rational(17, 5)),
    ("초속 20m는 시속 몇 km야", sp.Integer(72)),
    ("時速54kmは秒速何mですか", sp.Integer(15)),
    ("Was sind 90 km/h in m/s?", sp.Integer(25)),
])
def test_metric_and_imperial_conversions_in_several_languages(text, expected):
    assert _value(text) == expected
