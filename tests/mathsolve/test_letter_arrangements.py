"""Arrangements of the letters of a word, counted against brute force: the set of all orders of the letters.

Fresh variants: random words (repeated letters, mixed case, quotes) and random English and Korean wordings.
"""

import random
from itertools import permutations

import pytest

from agentlib import solve_math

WORDINGS = ("how many ways to arrange the letters of {}", "How many ways can you arrange the letters of the word {}?",
            "how many distinct permutations of the letters in '{}' are there",
            "in how many different ways can the letters of the word {} be arranged?",
            "how many arrangements does {} have", "number of distinct arrangements of the letters of {}",
            "{}의 문자를 일렬로 배열하는 경우의 수는?", "{}의 글자를 모두 한 줄로 나열하는 방법의 수를 구하시오")


def _brute_force(word: str) -> int:
    return len(set(permutations(word.lower())))


@pytest.mark.parametrize("seed", range(24))
def test_letter_orders_match_brute_force(seed):
    rng = random.Random(seed)
    alphabet = rng.sample("ABCDEFGHIJKLMNOPRSTU", rng.randint(1, 4))
    word = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 7)))
    word = rng.choice((word, word.lower(), word.capitalize()))
    result = solve_math(rng.choice(WORDINGS).format(word))
    assert result.verified, (word, result.reason)
    assert int(result.value["expression"]) == _brute_force(word), word


@pytest.mark.parametrize("seed", range(12))
def test_the_arrangements_named_alone_are_counted(seed):
    # the bug: "arrangements of the letters of BOOK" (no "how many", no "number of") was not read
    rng = random.Random(500 + seed)
    word = "".join(rng.choice("BOKLEV") for _ in range(rng.randint(2, 7)))
    text = rng.choice(["arrangements of the letters of {}", "distinct arrangements of the letters in {}",
                       "the rearrangements of the letters of the word {}", "different arrangements of the letters of {}?"])
    result = solve_math(text.format(word))
    assert result.verified and int(result.value["expression"]) == _brute_force(word), (text, result.reason)


def test_a_word_with_a_digit_is_not_read_as_a_word():
    assert not solve_math("how many ways to arrange the letters of AB1").verified


def test_regression_banana_was_not_read():
    # The bug: "the letters of BANANA" had no formula and no reading; the request abstained.
    result = solve_math("how many ways to arrange the letters of BANANA")
    assert result.verified and result.value["expression"] == "60"
