"""Several cards drawn from one deck, all of one kind, with or without replacement, in fresh wordings: counted over
every ordered sequence of draws (itertools), never by the reader's formula."""

import itertools
import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

DECK = list(itertools.product("HDCS", range(1, 14)))
KINDS = {"aces": lambda s, r: r == 1, "kings": lambda s, r: r == 13, "hearts": lambda s, r: s == "H",
         "spades": lambda s, r: s == "S", "red": lambda s, r: s in "HD", "black cards": lambda s, r: s in "CS",
         "face cards": lambda s, r: r >= 11}
WORDS = {2: "two", 3: "three"}


def _counted(kind: str, k: int, replaced: bool) -> Fraction:
    draws = itertools.product(DECK, repeat=k) if replaced else itertools.permutations(DECK, k)
    total = good = 0
    for draw in draws:
        total += 1
        good += all(KINDS[kind](*card) for card in draw)
    return Fraction(good, total)


@pytest.mark.parametrize("seed", range(16))
def test_all_cards_of_one_kind(seed):
    rng = random.Random(seed)
    kind, k, replaced = rng.choice(list(KINDS)), rng.choice([2, 2, 3]), rng.random() < 0.5
    how = "with replacement" if replaced else "without replacement"
    count = rng.choice([str(k), WORDS[k]])
    everyone = "both" if k == 2 and rng.random() < 0.5 else f"all {WORDS[k]}"
    text = rng.choice([f"{count} cards drawn {how}, probability {everyone} are {kind}",
                       f"{count} cards are drawn from a standard deck {how}. what is the probability that {everyone} "
                       f"are {kind}?",
                       f"probability of drawing {count} {kind if kind != 'red' else 'red cards'} in a row {how}"])
    expected = _counted(kind, k, replaced)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == sp.Rational(expected.numerator, expected.denominator), text


@pytest.mark.parametrize("text", [
    "probability of drawing 2 aces in a row",  # put back or not: not said
    "two cards drawn without replacement, probability both are hearts or kings",
    "probability of drawing an ace and a king without replacement",
    "two cards drawn without replacement from a deck of 40 cards, probability both are aces",
])
def test_draws_not_fully_said_abstain(text):
    assert not solve_math(text).verified, text
