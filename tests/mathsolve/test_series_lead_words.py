"""Runs of numbers behind everyday lead words ("sum of 1 + 2 + ... + 100", "the sum of the infinite series 1 + 1/2 +
1/4 + ...", "... to infinity"), over fresh first terms, differences and ratios, against the sum computed here."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math


def _value(result) -> Fraction:  # noqa: ANN001 (a MathResult)
    return Fraction(result.value["expression"])


@pytest.mark.parametrize("seed", range(10))
def test_an_endless_geometric_series_behind_lead_words(seed):
    rng = random.Random(seed)
    first, ratio = rng.randint(1, 9), Fraction(1, rng.randint(2, 5)) * rng.choice([1, -1])
    terms = [first * ratio**i for i in range(3)]
    written = str(terms[0])
    for term in terms[1:]:
        written += f" {'-' if term < 0 else '+'} {abs(term)}"
    lead = rng.choice(["sum of ", "sum of the series ", "the sum of the infinite series ", "sum of the geometric series ",
                       "find the sum of ", ""])
    end = rng.choice(["", " to infinity", " forever", " and so on"])
    text = f"{lead}{written} + ...{end}" if ratio > 0 else f"{lead}{written} + ...{end}"
    result = solve_math(text)
    assert result.verified and _value(result) == first / (1 - ratio), (text, result.answer)


@pytest.mark.parametrize("seed", range(8))
def test_a_written_run_after_sum_of(seed):
    rng = random.Random(seed)
    start, step, count = rng.randint(1, 20), rng.randint(1, 9), rng.randint(5, 60)
    terms = [start + step * i for i in range(count)]
    text = f"{rng.choice(['sum of', 'what is the sum of', 'find the sum of'])} {terms[0]} + {terms[1]} + {terms[2]} + " \
           f"... + {terms[-1]}"
    result = solve_math(text)
    assert result.verified and _value(result) == sum(terms), (text, result.answer)
