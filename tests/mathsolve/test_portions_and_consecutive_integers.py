"""Pieces left of a whole, and consecutive integers from their sum, in fresh numbers, names and wordings: checked
against counting and brute force; a whole not said, more eaten than there is, or integers that do not exist are
not read."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

NAMES = ["my sister", "tom", "my friend", "she", "we", "dad"]


@pytest.mark.parametrize("seed", range(20))
def test_the_fraction_left_is_the_pieces_not_eaten_over_all_pieces(seed):
    rng = random.Random(seed)
    whole = rng.choice([6, 8, 10, 12, 16])
    eaten = [rng.randint(1, whole // 3) for _ in range(rng.randint(1, 3))]
    thing = rng.choice(["pizza", "cake", "pie"])
    eaters = ["i"] + rng.sample(NAMES, len(eaten) - 1)
    ate = [f"{who} ate {n}" for who, n in zip(eaters, eaten, strict=True)]
    if rng.random() < 0.5:
        text = f"{thing} has {whole} slices, " + " and ".join(ate) + ", what fraction is left"
    else:
        ate[0] = f"i ate {eaten[0]} of {whole} slices"
        text = ", ".join(ate) + f", what fraction of the {thing} is left"
    result = solve_math(text)
    assert result.verified and Fraction(result.value["expression"]) == Fraction(whole - sum(eaten), whole), \
        (text, result.answer)


@pytest.mark.parametrize("seed", range(20))
def test_consecutive_integers_are_found_from_their_sum_or_refused(seed):
    rng = random.Random(seed)
    count = rng.randint(2, 5)
    parity = rng.choice(["", "even ", "odd "])
    total = rng.randint(-30, 300)
    step = 1 if not parity else 2
    wanted = [[n + step * i for i in range(count)] for n in range(-400, 400)
              if sum(n + step * i for i in range(count)) == total and (not parity or n % 2 == (parity == "odd "))]
    text = rng.choice([f"{count} consecutive {parity}integers sum to {total}, what are they",
                       f"the sum of {count} consecutive {parity}numbers is {total}"])
    result = solve_math(text)
    if not wanted:
        assert not result.verified, (text, result.answer)
    else:
        assert result.verified and [int(v) for v in result.value["values"]] == wanted[0], (text, result.answer)


@pytest.mark.parametrize("text", [
    "i ate 3 slices, what fraction is left",  # the whole is not said
    "pizza has 8 slices, i ate 5 and tom ate 4, what fraction is left",  # more than there is
    "pizza has 8 slices, i ate 3, how many slices are left",  # a count, not a fraction
])
def test_portions_not_fully_said_are_not_read(text):
    assert not solve_math(text).verified, text
