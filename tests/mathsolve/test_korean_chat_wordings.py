"""Korean asked the way a student types to a chatbot or a 수능 sheet writes: "이거 어떻게 풀어? 3x+5=20" (이거 points at
the formula), "두 점 (1,2), (3,8)을 지나는 직선의 기울기는?", "한 변이 4cm인 정육면체의 부피는?", two dice "던져 합이
7이 나올 확률", two coins "둘 다 뒷면": fresh numbers checked against exact arithmetic; a count word that disagrees
with the coins ("동전 세 개 ... 둘 다") abstains."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


@pytest.mark.parametrize("ask", ["이거 어떻게 풀어? {a}x+{b}={c}", "야 이거 답 뭐야 {a}x+{b}={c}",
                                 "{a}x+{b}={c} 이거 풀어줘", "이것 좀 풀어줘 {a}x+{b}={c}"])
def test_fresh_chat_equations(ask):
    rng = random.Random(ask)
    for _ in range(5):
        a, b, c = rng.randint(2, 9), rng.randint(1, 30), rng.randint(-30, 60)
        text = ask.format(a=a, b=b, c=c)
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert [parse_expression(v) for v in result.value["values"]] == [sp.Rational(c - b, a)], text


@pytest.mark.parametrize("ask", ["두 점 ({x1},{y1}), ({x2},{y2})을 지나는 직선의 기울기는?",
                                 "두 점 ({x1}, {y1}), ({x2}, {y2})를 지나는 직선의 기울기를 구하시오"])
def test_fresh_slopes_through_two_points(ask):
    rng = random.Random(ask)
    for _ in range(6):
        x1, y1, y2 = rng.randint(-9, 9), rng.randint(-9, 9), rng.randint(-9, 9)
        x2 = x1 + rng.choice([-3, -2, -1, 1, 2, 4])
        text = ask.format(x1=x1, y1=y1, x2=x2, y2=y2)
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert parse_expression(result.value["expression"]) == sp.Rational(y2 - y1, x2 - x1), text


def test_vertical_line_has_no_slope():
    assert solve_math("두 점 (1,2), (1,8)을 지나는 직선의 기울기는?").status != "verified"


def test_fresh_cubes_by_side():
    rng = random.Random("cube side")
    for _ in range(6):
        side = rng.randint(1, 30)
        volume = solve_math(f"한 변이 {side}cm인 정육면체의 부피는?")
        surface = solve_math(f"한 변의 길이가 {side}cm인 정육면체의 겉넓이는?")
        assert volume.verified and parse_expression(volume.value["expression"]) == side**3
        assert surface.verified and parse_expression(surface.value["expression"]) == 6 * side**2


@pytest.mark.parametrize("total", range(2, 13))
def test_two_dice_sums_as_typed(total):
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == total)
    for text in (f"주사위 두 개를 던져 합이 {total}이 나올 확률은?",
                 f"주사위 두 개를 굴려서 나온 눈의 합이 {total}이 될 확률은?"):
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert parse_expression(result.value["expression"]) == sp.Rational(ways, 36), text


@pytest.mark.parametrize(("coins", "all_of", "expected"), [("두", "둘", Fraction(1, 4)), ("세", "셋", Fraction(1, 8)),
                                                           ("네", "넷", Fraction(1, 16)), ("세", "둘", None)])
def test_coins_all_alike_by_count_word(coins, all_of, expected):
    result = solve_math(f"동전 {coins} 개를 던질 때 {all_of} 다 뒷면이 나올 확률은?")
    if expected is None:  # "three coins ... both": the words disagree
        assert result.status != "verified"
    else:
        assert result.verified and parse_expression(result.value["expression"]) == sp.Rational(expected)


@pytest.mark.parametrize("ask", ["{a}x+{b}={c} 이거 답 뭐임?", "이거 어케 풀어 {a}x+{b}={c}"])
def test_fresh_chat_spellings(ask):
    rng = random.Random(ask)
    for _ in range(4):
        a, b, c = rng.randint(2, 9), rng.randint(1, 30), rng.randint(-30, 60)
        text = ask.format(a=a, b=b, c=c)
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert [parse_expression(v) for v in result.value["values"]] == [sp.Rational(c - b, a)], text


def test_fresh_sequences_given_without_particles():
    rng = random.Random("sequence particles")
    for _ in range(6):
        first, step, count = rng.randint(-9, 9), rng.randint(2, 5), rng.randint(3, 9)
        geometric = sum(first * step**k for k in range(count))
        text = f"첫째항 {first}, 공비 {step}인 등비수열의 첫째항부터 제{count}항까지의 합은?"
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert parse_expression(result.value["expression"]) == geometric, text
        text = f"첫째항은 {first}, 공차는 {step}인 등차수열의 제{count}항은?"
        result = solve_math(text)
        assert result.verified and parse_expression(result.value["expression"]) == first + (count - 1) * step, text
