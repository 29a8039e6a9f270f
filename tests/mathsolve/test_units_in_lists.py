"""A statistic of a list whose numbers all carry one unit, in fresh numbers, units and statistics: the same as the
statistic of the bare numbers (checked with `statistics`); mixed units and letters glued to numbers are kept."""

import random
import statistics
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.mathsolve.units_in_lists import drop_list_units

UNITS = ["kg", "km", " min", " points", "lbs", " cm", " m"]
MEASURES = {"average": statistics.mean, "mean": statistics.mean, "median": statistics.median,
            "range": lambda values: max(values) - min(values)}


@pytest.mark.parametrize("seed", range(20))
def test_a_list_in_one_unit_has_the_statistic_of_its_numbers(seed):
    rng = random.Random(seed)
    values = [Fraction(rng.randint(1, 400), rng.choice([1, 2, 10])) for _ in range(rng.randint(3, 6))]
    unit = rng.choice(UNITS)
    name = rng.choice(list(MEASURES))
    written = [f"{float(v):g}{unit}" for v in values]
    text = f"{name} of " + ", ".join(written[:-1]) + rng.choice([" and ", ", "]) + written[-1]
    result = solve_math(text)
    assert result.verified and Fraction(result.value["expression"]) == MEASURES[name](values), (text, result.answer)


@pytest.mark.parametrize("text", ["average of 4 kg and 7 lb", "mean of 3, 4 kg", "sum of 3x, 4x and 5x",
                                  "average of 3m, 4m"])
def test_mixed_units_and_glued_letters_are_kept(text):
    assert drop_list_units(text) == text
