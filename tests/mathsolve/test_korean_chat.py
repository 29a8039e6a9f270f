"""Korean as typed to a chatbot: emoticons and pleas around the math (korean_chat_fillers.py) and shapes said
without their particles (shapes_in_words.py, everyday_formulas.py), in fresh numbers and spellings, against exact
arithmetic."""

import random
from fractions import Fraction
from math import comb

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

LEADS = ["", "ㅠㅠ ", "ㅋㅋ ", "답만 알려줘 ", "제발 ", "ㅜㅜ 급해요 "]
TAILS = ["", " 좀", " 답만", " ㅠㅠ", " 좀 ㅠㅠ", " 답만 빨리", "?"]


def _request(rng: random.Random) -> tuple[str, sp.Expr]:
    a, b = rng.randint(2, 19), rng.randint(2, 19)
    cm = rng.choice(["", "cm"])
    kind = rng.randrange(6)
    if kind == 0:
        return f"{a}x+{b}={a * 3 + b} 풀어줘", sp.Integer(3)
    if kind == 1:
        n, k = max(a, b), min(a, b)
        return f"{n}명 중 {k}명{rng.choice(['을', ''])} 뽑는 경우의 수", sp.Integer(comb(n, k))
    if kind == 2:
        said = rng.choice(["반지름 {r}{u}인 원의 넓이", "반지름 {r}{u}인 원 넓이", "반지름이 {r}{u}인 원의 넓이"])
        return said.format(r=a, u=cm), a**2 * sp.pi
    if kind == 3:
        said = rng.choice(["가로 {a}{u} 세로 {b}{u}인 직사각형 넓이", "가로 {a}{u}, 세로 {b}{u}인 직사각형의 넓이",
                           "세로 {b}{u} 가로 {a}{u}인 직사각형 넓이"])
        return said.format(a=a, b=b, u=cm), sp.Integer(a * b)
    if kind == 4:
        return f"밑변 {a}{cm} 높이 {b}{cm}인 삼각형 넓이", sp.Rational(Fraction(a * b, 2).numerator,
                                                                 Fraction(a * b, 2).denominator)
    return f"한 변이 {a}{cm}인 정육면체 부피", sp.Integer(a**3)


@pytest.mark.parametrize("seed", range(60))
def test_chat_fillers_and_dropped_particles_read_as_the_plain_request(seed):
    rng = random.Random(seed)
    said, expected = _request(rng)
    text = rng.choice(LEADS) + said + rng.choice(TAILS)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    value = result.value
    found = parse_expression(value["values"][0] if value["kind"] == "solutions" else value["expression"])
    assert sp.simplify(found - expected) == 0, (text, result.answer)


@pytest.mark.parametrize("text", ["ㅠㅠ", "좀", "답만 알려줘", "ㅋㅋㅋ 좀"])
def test_fillers_alone_are_no_request(text):
    assert not solve_math(text).verified


DIE_KINDS = {"짝수": lambda f: f % 2 == 0, "홀수": lambda f: f % 2 == 1, "소수": lambda f: f in (2, 3, 5)}


@pytest.mark.parametrize("seed", range(24))
def test_one_die_said_with_a_connective_verb_is_counted_exactly(seed):
    rng = random.Random(seed)
    named = rng.choice(["주사위를", "주사위 한 개를", "주사위 하나를", "주사위 1개를"])
    verb = rng.choice(["던져서", "던져", "던지면", "굴려서", "던질 때"])
    if rng.random() < 0.5:
        word, holds = rng.choice(sorted(DIE_KINDS.items()))
        kind = word
    else:
        k = rng.randint(1, 5)
        kind, holds = f"{k}보다 큰 수", (lambda f, k=k: f > k)
    text = f"{named} {verb} {kind}가 나올 확률은?"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    expected = Fraction(sum(1 for face in range(1, 7) if holds(face)), 6)
    assert Fraction(result.value["expression"]) == expected, (text, result.answer)


def test_two_dice_with_a_connective_verb_are_not_read_as_one():
    assert not solve_math("주사위 두 개를 던져서 짝수가 나올 확률은?").verified
