"""The product of a run of integers said like their sum: "1부터 10까지 곱하면?", "1부터 10까지의 곱", "the product of
the integers from 1 to 6". Fresh ends, keyed by Python's math.prod; before, "a sum, product or count of something
this reader does not name"."""

from __future__ import annotations

import math
import random

import pytest

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


@pytest.mark.parametrize("seed", range(12))
def test_a_run_of_integers_multiplied(seed):
    rng = random.Random(seed)
    first = rng.randint(1, 5)
    last = first + rng.randint(1, 9)
    text = rng.choice([f"{first}부터 {last}까지 곱하면?", f"{first}부터 {last}까지의 곱", f"{first}부터 {last}까지 곱하면 얼마야?",
                       f"the product of the integers from {first} to {last}"])
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert parse_expression(result.value["expression"]) == math.prod(range(first, last + 1)), (text, result.answer)
