"""Korean sequence requests whose first term and step are joined by 이고 / 이며 as well as a comma ("첫째항이 3이고
공차가 5인 등차수열의 첫째항부터 제10항까지의 합"). Fresh variants: random first terms, steps, counts and kinds;
expected terms and sums by adding the terms one by one, never agentlib.
"""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math


@pytest.mark.parametrize("seed", range(16))
def test_first_term_and_step_joined_by_any_connector(seed):
    rng = random.Random(seed)
    kind = rng.choice(("등차", "등비"))
    first, step = rng.randint(-9, 9) or 1, rng.choice((-3, -2, 2, 3, 4, 5))
    count = rng.randint(2, 9)
    terms = [first + step * i if kind == "등차" else first * step**i for i in range(count)]
    joiner = rng.choice((", ", "이고 ", "이며 "))
    step_name = "공차" if kind == "등차" else "공비"
    given = f"첫째항이 {first}{joiner}{step_name}가 {step}인 {kind}수열의"
    if rng.random() < 0.5:
        text, expected = f"{given} 첫째항부터 제{count}항까지의 합은?", sum(terms)
    else:
        text, expected = f"{given} 제{count}항을 구하시오", terms[-1]
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert Fraction(result.value["expression"]) == expected, text
