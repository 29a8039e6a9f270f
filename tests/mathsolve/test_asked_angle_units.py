"""An answer asked in radians or degrees is converted or refused, never dropped: "30 in radians" was answered 30,
"pi/2 in degrees" π/2 and "the angle 30° in radians" 30, all verified ("in radians" was filler). A multiple of π
asked in degrees is radians converted (π/2 is 90); a number with no unit, or a request no conversion reads,
abstains. Fresh variants: random multiples of π and numbers; expected values from exact fractions, never agentlib.
"""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

LEADS = ("", "what is ", "what's ", "convert ")


@pytest.mark.parametrize("seed", range(10))
def test_a_multiple_of_pi_in_degrees_is_converted(seed):
    rng = random.Random(seed)
    top, bottom = rng.randint(1, 7), rng.choice((1, 2, 3, 4, 6, 12))
    written = f"{top if top > 1 else ''}{rng.choice(('pi', 'π'))}" + (f"/{bottom}" if bottom > 1 else "")
    text = f"{rng.choice(LEADS)}{written} {rng.choice(('in', 'to'))} degrees"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == sp.Rational(Fraction(180 * top, bottom)), text


@pytest.mark.parametrize("seed", range(10))
def test_a_number_with_no_angle_unit_abstains(seed):
    rng = random.Random(40 + seed)
    number, unit = rng.randint(1, 720), rng.choice(("radians", "degrees"))
    text = rng.choice((f"{number} in {unit}", f"what is {number} in {unit}", f"convert {number} to {unit}",
                       f"what is the angle {number} in {unit}", f"{number} + {rng.randint(1, 9)} in {unit}"))
    assert solve_math(text).status == "abstained", text


@pytest.mark.parametrize("seed", range(6))
def test_degrees_after_the_word_angle_still_convert(seed):
    degrees = random.Random(80 + seed).choice((15, 30, 45, 60, 90, 120, 180, 270))
    result = solve_math(f"the angle {degrees}° in radians")
    assert result.verified, result.reason
    assert sp.simplify(parse_expression(result.value["expression"]) - sp.pi * degrees / 180) == 0


def test_an_equation_asked_in_degrees_abstains_rather_than_answer_in_radians():
    assert solve_math("solve sin x = 1/2 in degrees").status == "abstained"
