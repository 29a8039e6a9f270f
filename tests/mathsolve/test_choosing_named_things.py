"""A choice of k things from n with the things named in any word ("how many ways to choose 3 books from 8", "pick 2
toppings from a menu of 6"), over fresh numbers, nouns and wordings, against math.comb; two different kinds of
thing, or a narrowing adjective, is not read."""

import math
import random

import pytest

from agentlib import solve_math

NOUNS = ["books", "toppings", "songs", "shirts", "flavors", "cards", "players", "movies", "colours"]


@pytest.mark.parametrize("seed", range(12))
def test_choosing_named_things_is_n_choose_k(seed):
    rng = random.Random(seed)
    n = rng.randint(2, 30)
    k = rng.randint(1, n)
    noun = rng.choice(NOUNS)
    lead = rng.choice(["how many ways to", "how many ways can you", "how many different ways can i",
                       "in how many ways can we", "how many ways are there to"])
    verb = rng.choice(["choose", "pick", "select"])
    among = rng.choice([f"{n}", f"{n} {noun}", f"a group of {n}", f"a list of {n}"])
    text = f"{lead} {verb} {k} {noun} from {among}"
    result = solve_math(text)
    assert result.verified and int(result.value["expression"]) == math.comb(n, k), (text, result.answer)


@pytest.mark.parametrize("text", ["how many ways can i choose 3 girls from 8 students",
                                  "how many ways to choose 3 red balls from 8 balls",
                                  "how many ways to choose 9 books from 8"])
def test_a_choice_from_another_kind_or_a_narrowed_group_is_not_read(text):
    assert not solve_math(text).verified, text
