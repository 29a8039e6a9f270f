"""Paint by coverage, in fresh numbers, units and wordings: the exact amount where a measure is asked, whole
containers (rounded up) only where containers are counted; checked against Fraction and math.ceil."""

import math
import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

AREAS = [("m^2", "m²"), ("square metres", "m^2"), ("square feet", "sq ft"), ("ft^2", "square feet")]


@pytest.mark.parametrize("seed", range(30))
def test_paint_by_coverage(seed):
    rng = random.Random(seed)
    first, second = rng.choice(AREAS)
    covered, area = rng.randint(5, 400), rng.randint(10, 5000)
    measure = rng.choice(["litre", "gallon", "can", "tin"])
    covers = f"a {measure} of paint covers {covered} {first}"
    if measure in ("can", "tin"):
        asked, expected = f"how many {measure}s", Fraction(math.ceil(Fraction(area, covered)))
    elif rng.random() < 0.5:
        asked, expected = f"how many {measure}s", Fraction(area, covered)
    else:
        size = rng.choice([1, 2, 5])
        asked = f"how many {size} {measure} {rng.choice(['tins', 'cans', 'buckets'])} do i need"
        expected = Fraction(math.ceil(Fraction(area, covered * size)))
    walls = f"walls total {area} {second}"
    text = rng.choice([f"{covers}, {asked} for {area} {second}", f"{walls} and {covers}, {asked}",
                       f"{covers}; {walls}, {asked}"])
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == sp.Rational(expected.numerator, expected.denominator), text


@pytest.mark.parametrize("text", [
    "a gallon covers 350 sq ft, how many gallons to paint 1000 square metres",  # two area units
    "a litre of paint covers 12 m^2, how many cans for 46 m^2",  # the can's size is not said
    "a litre of paint covers 0 m^2, how many litres for 46 m^2",
    "a can of paint covers 40 m², how many litres for 95 m²",
])
def test_paint_not_fully_said_abstains(text):
    assert not solve_math(text).verified, text
