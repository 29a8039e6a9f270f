"""Chance in words: a card of either of two kinds ("a heart or a king"), counted against the 52 cards one by one;
a ball of one colour from a bag in Korean (주머니에 빨간 공 3개, 파란 공 5개); two dice in Korean with either
verb form (던질 때 / 던져서). Fresh variants: kinds, counts, colours, totals; expected by enumeration.
"""

import random
from fractions import Fraction
from itertools import product

import pytest

from agentlib import solve_math

KINDS = {"ace": lambda s, r: r == 1, "king": lambda s, r: r == 13, "queen": lambda s, r: r == 12,
         "jack": lambda s, r: r == 11, "heart": lambda s, r: s == "H", "spade": lambda s, r: s == "S",
         "diamond": lambda s, r: s == "D", "club": lambda s, r: s == "C", "red card": lambda s, r: s in "HD",
         "black card": lambda s, r: s in "SC", "face card": lambda s, r: r >= 11}
COLOURS = ("빨간", "파란", "노란", "흰", "검은")


def _found(text: str) -> Fraction:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return Fraction(result.value["expression"])


@pytest.mark.parametrize("seed", range(12))
def test_a_card_of_either_kind(seed):
    rng = random.Random(seed)
    first, second = rng.sample(sorted(KINDS), 2)
    deck = list(product("HDSC", range(1, 14)))
    either = sum(1 for s, r in deck if KINDS[first](s, r) or KINDS[second](s, r))
    article = {kind: "an" if kind[0] in "aeiou" else "a" for kind in KINDS}
    text = f"probability of drawing {article[first]} {first} or {article[second]} {second} from a standard deck"
    assert _found(text) == Fraction(either, 52), text


@pytest.mark.parametrize("seed", range(8))
def test_korean_ball_from_a_bag(seed):
    rng = random.Random(100 + seed)
    (c1, c2), n1, n2 = rng.sample(COLOURS, 2), rng.randint(1, 12), rng.randint(1, 12)
    wanted = rng.choice((c1, c2))
    joiner = rng.choice((", ", "와 "))
    text = f"주머니에 {c1} 공 {n1}개{joiner}{c2} 공 {n2}개가 있다. 한 개를 꺼낼 때 {wanted} 공일 확률은?"
    assert _found(text) == Fraction(n1 if wanted == c1 else n2, n1 + n2), text


def test_a_colour_not_in_the_bag_abstains():
    assert not solve_math("주머니에 빨간 공 3개, 파란 공 5개가 있다. 한 개를 꺼낼 때 노란 공일 확률은?").verified


@pytest.mark.parametrize("total", range(2, 13))
def test_korean_two_dice_either_verb_form(total):
    ways = sum(1 for a, b in product(range(1, 7), repeat=2) if a + b == total)
    verb = "던져서" if total % 2 else "던질 때"
    assert _found(f"주사위 두 개를 {verb} 눈의 합이 {total}이 될 확률은?") == Fraction(ways, 36)
