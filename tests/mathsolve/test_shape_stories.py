"""A shape told first and its measure asked after ("a rectangle is 8 cm by 5 cm, what's its area", "a circle has a
radius of 4, what is the circumference"), over fresh sizes, units, shapes and wordings, against the formula computed
here by SymPy; a story that asks two things or names two shapes is left as written."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.shape_stories import spell_shape_story
from agentlib.tools.safe_math import parse_expression


def _story(rng: random.Random) -> tuple[str, str, sp.Expr]:
    a, b = rng.randint(1, 30), rng.randint(1, 30)
    unit = rng.choice(["", " cm", " m", " ft"])
    return rng.choice([
        (f"a rectangle is {a}{unit} by {b}{unit}", "area", sp.Integer(a * b)),
        (f"a rectangle is {a}{unit} by {b}{unit}", "perimeter", sp.Integer(2 * (a + b))),
        (f"a triangle has base {a} and height {b}", "area", sp.Rational(a * b, 2)),
        (f"a circle has a radius of {a}", "area", sp.pi * a**2),
        (f"a circle has radius {a}{unit}", "circumference", 2 * sp.pi * a),
        (f"a cylinder has radius {a} and height {b}", "volume", sp.pi * a**2 * b),
        (f"a square has side {a}{unit}", "perimeter", sp.Integer(4 * a)),
        (f"a cube has side {a}", "volume", sp.Integer(a**3)),
    ])


@pytest.mark.parametrize("seed", range(16))
def test_a_shape_told_then_its_measure_asked(seed):
    rng = random.Random(seed)
    story, quantity, expected = _story(rng)
    ask = rng.choice([f"what's its {quantity}", f"what is the {quantity}", f"find its {quantity}",
                      f"calculate the {quantity}"])
    text = rng.choice([f"{story}, {ask}", f"{story}. {ask}?", f"{story} {ask}"])
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)


@pytest.mark.parametrize("seed", range(12))
def test_a_length_asked_how_long(seed):
    # the bug: "a right triangle has legs 5 cm and 12 cm. how long is the hypotenuse?" was not read ("how long is"
    # was no question the stories knew)
    rng = random.Random(700 + seed)
    a, b = rng.randint(1, 40), rng.randint(1, 40)
    unit = rng.choice(["", " cm", " m", " in"])
    story, quantity, expected = rng.choice([
        (f"a right triangle has legs {a}{unit} and {b}{unit}", "hypotenuse", sp.sqrt(a**2 + b**2)),
        (f"a square has side {a}{unit}", "diagonal", a * sp.sqrt(2)),
        (f"a rectangle is {a}{unit} by {b}{unit}", "perimeter", sp.Integer(2 * (a + b))),
    ])
    text = f"{story}{rng.choice(['. ', ', ', ' '])}how long is {rng.choice(['its', 'the'])} {quantity}{rng.choice(['', '?'])}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)


def test_two_questions_or_two_shapes_stay_as_written():
    for text in ["a rectangle is 8 by 5, what's its area and perimeter",
                 "a square has the same area as a circle of radius 2, what is its perimeter",
                 "a rectangle is 8 by 5. what is the area of the triangle"]:
        assert spell_shape_story(text) == text, text
