"""Angle conversions name both units and convert: "45 degrees in radians" is π/4, never 45.

Regression: "what is 45 degrees in radians" came back verified 45 (the degrees word asked for degrees, and "in
radians" was filler). Fresh variants: random angles and wordings in English and Korean; expected values from
SymPy's exact π arithmetic, never from agentlib.
"""

import random

import pytest
import sympy as sp

from agentlib import solve_math

TO_RADIANS = ("what is {d} degrees in radians", "convert {d}° to radians", "{d} degrees to radians",
              "how many radians is {d} degrees", "express {d} deg in radians", "{d}도는 몇 라디안",
              "{d}도를 라디안으로 바꾸시오")
TO_DEGREES = ("what is {r} radians in degrees", "convert {r} rad to degrees", "how many degrees is {r} radians",
              "{r} 라디안은 몇 도")


@pytest.mark.parametrize("seed", range(14))
def test_degrees_to_radians(seed):
    rng = random.Random(seed)
    degrees = rng.choice((15, 30, 45, 60, 72, 90, 120, 135, 150, 180, 210, 270, 300, 360, 400))
    result = solve_math(rng.choice(TO_RADIANS).format(d=degrees))
    assert result.verified, result.reason
    assert sp.simplify(sp.sympify(result.value["expression"]) - sp.Rational(degrees, 180) * sp.pi) == 0, result.answer


@pytest.mark.parametrize("seed", range(12))
def test_radians_to_degrees(seed):
    rng = random.Random(seed)
    numerator, denominator = rng.randint(1, 5), rng.choice((1, 2, 3, 4, 6, 12))
    written = rng.choice(("{n}π/{m}", "{n}pi/{m}")).format(n=numerator, m=denominator)
    if numerator == 1 and rng.random() < 0.5:
        written = written[1:]  # "π/6"
    result = solve_math(rng.choice(TO_DEGREES).format(r=written))
    assert result.verified, (written, result.reason)
    assert sp.sympify(result.value["expression"]) == sp.Rational(180 * numerator, denominator), result.answer


def test_a_plain_number_of_radians_keeps_pi_in_the_degrees():
    result = solve_math("convert 2 radians to degrees")
    assert result.verified and sp.simplify(sp.sympify(result.value["expression"]) - 360 / sp.pi) == 0
