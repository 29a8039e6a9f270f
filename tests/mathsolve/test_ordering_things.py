"""Orders of n distinct things asked with the verb first ("how many ways to arrange 6 books", "how many ways can you
arrange 5 different books on a shelf"): fresh counts, things and wordings against the orders counted here by
`itertools.permutations`; identical things are not read."""

import itertools
import random

import pytest

from agentlib import solve_math

THINGS = ["books", "people", "kids", "photos", "songs", "students", "cars"]


@pytest.mark.parametrize("seed", range(20))
def test_the_orders_of_distinct_things(seed):
    # the bug: "how many ways to arrange 6 books" was not read (only "how many ways can 6 books be arranged")
    rng = random.Random(seed)
    n, things = rng.randint(1, 7), rng.choice(THINGS)
    text = rng.choice([f"how many ways to arrange {n} {things}",
                       f"how many ways can you arrange {n} different {things}",
                       f"in how many ways can we line up {n} {things}",
                       f"how many different ways to order {n} {things}",
                       f"how many ways are there to arrange {n} {things} in a row"])
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert int(result.value["expression"]) == sum(1 for _ in itertools.permutations(range(n))), (text, result.answer)


def test_identical_things_are_not_read():
    assert not solve_math("how many ways to arrange 6 identical books").verified
