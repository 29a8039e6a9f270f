"""Counting said the textbook way ("combinations of 5 things taken 2 at a time", "permutations of 7 objects taken 3
at a time", "how many combinations of 5 choose 2"), on fresh n and k, checked against math.comb / math.perm; k > n
stays as typed and abstains."""

import math
import random

import pytest

import agentlib
from agentlib.mathsolve.counting_phrases import spell_counting_phrases


@pytest.mark.parametrize("seed", range(3))
def test_taken_at_a_time(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(3, 12)
    k = rng.randint(1, n)
    thing = rng.choice(["things", "objects", "items", "people", ""])
    for kind, expected in (("combinations", math.comb(n, k)), ("permutations", math.perm(n, k))):
        text = f"{rng.choice(['the number of ', 'how many ', ''])}{kind} of {n} {thing} taken {k} at a time"
        result = agentlib.solve_math(" ".join(text.split()))
        assert (result.status, result.answer) == ("verified", str(expected)), (text, result.reason)


def test_how_many_combinations_of_n_choose_k() -> None:
    assert agentlib.solve_math("how many combinations of 9 choose 4").answer == str(math.comb(9, 4))


def test_more_taken_than_there_are_stays() -> None:
    text = "combinations of 3 things taken 5 at a time"
    assert spell_counting_phrases(text) == text
    assert agentlib.solve_math(text).status == "abstained"
