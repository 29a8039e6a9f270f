"""Lists of numbers grouped by thousands ("mean of 1,200, 1,500 and 1,800"), fresh values checked against
`statistics`; lists where a comma could be either kind, and decimal-comma languages, still abstain."""

import random
import statistics
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.listed_thousands import ungroup_listed_thousands
from agentlib.tools.safe_math import parse_expression

MEASURES = {"mean": statistics.mean, "average": statistics.mean, "median": statistics.median}


@pytest.mark.parametrize("seed", range(24))
def test_a_list_of_grouped_numbers_is_read_as_those_numbers(seed):
    rng = random.Random(seed)
    values = [rng.choice([rng.randint(1000, 999_999), rng.randint(1, 999), rng.randint(1_000_000, 9_999_999)])
              for _ in range(rng.randint(2, 6))]
    values[0] += 1000  # at least two grouped numbers: the grouping is the writer's habit
    values[-1] += 1000
    written = [f"{v:,}" for v in values]
    body = ", ".join(written[:-1]) + rng.choice([", and ", ", "]) + written[-1]
    name = rng.choice(list(MEASURES))
    text = f"{rng.choice(['', 'what is the ', 'find the '])}{name} of {body}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    expected = Fraction(MEASURES[name]([Fraction(v) for v in values]))
    assert parse_expression(result.value["expression"]) == sp.Rational(expected.numerator, expected.denominator), text


@pytest.mark.parametrize("text", ["mean of 1,200,1,500", "mean of 1,20, 3", "mean of 1,200, 1,5 and 3",
                                  "average of 1,250 and 3", "mean of 1,200 and 1,500", "mean of 1,250, 3 and 4",
                                  "media de 1,200, 1,500 y 1,800", "Mittelwert von 1,200, 1,500 und 1,800"])
def test_a_comma_that_could_be_either_kind_still_abstains(text):
    assert not solve_math(text).verified, text


@pytest.mark.parametrize("region", ["1,2,3", "1, 2, 3", "1200 and 1500", "1,2 and 3"])
def test_lists_without_certain_groups_are_left_to_the_reader(region):
    assert ungroup_listed_thousands(region, f"mean of {region}") is None
