"""A square known by one measure (side, perimeter, area, diagonal) and asked another, in fresh sizes, units, orders
and wordings: checked against the side found here by exact arithmetic; a unit of the wrong kind is not read."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

LENGTHS = ["cm", "m", "ft", "in", "mm"]


def _measure(kind: str, side: sp.Expr) -> sp.Expr:
    return {"side": side, "perimeter": 4 * side, "area": side**2, "diagonal": side * sp.sqrt(2)}[kind]


def _said(kind: str, value: sp.Rational, unit: str) -> str:
    shown = str(value) if value.is_Integer else f"{float(value):.4f}".rstrip("0")  # a half side: at most 2 places
    if not unit:
        return shown
    return f"{shown} {unit}" if kind != "area" else f"{shown} {random.Random(shown).choice(['square ', 'sq '])}{unit}"


@pytest.mark.parametrize("seed", range(40))
def test_a_square_known_by_one_measure_gives_any_other(seed):
    # the bug: "a square has area 49, what is its perimeter" and "the area of a square is 64 square cm. find its
    # perimeter" were not read (only a measure from the side was)
    rng = random.Random(seed)
    given, asked = rng.sample(["side", "perimeter", "area", "diagonal"], 2)
    if given == "diagonal":  # a whole diagonal, so the side is irrational
        value = sp.Integer(rng.randint(1, 40))
        side = value / sp.sqrt(2)
    else:
        side = sp.Rational(rng.randint(1, 120), rng.choice([1, 2]))
        value = _measure(given, side)
    written = _said(given, value, rng.choice([""] + LENGTHS))
    square = rng.choice(["square", "square", "square garden", "square room", "square tile"])
    text = rng.choice([f"a {square} has {'an' if given == 'area' else 'a'} {given} of {written}, what is its {asked}",
                       f"the {given} of a {square} is {written}. find its {asked}.",
                       f"{asked} of a {square} whose {given} is {written}",
                       f"what is the {asked} of a {square} with {given} {written}?"])
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert sp.simplify(parse_expression(result.value["expression"]) - _measure(asked, side)) == 0, (text, result.answer)


@pytest.mark.parametrize("text", [
    "a square has area 49 cm, what is its perimeter",  # an area in a length unit
    "a square has perimeter 36 square cm, what is its area",  # a length in an area unit
    "a square has area 49, what is its area",  # nothing to find
    "what's the perimeter of a rectangle with area 24",  # many rectangles
    "a square pyramid has area 49, what is its perimeter",  # not a square
])
def test_a_square_with_a_unit_of_the_wrong_kind_or_a_rectangle_is_not_read(text):
    assert not solve_math(text).verified, text
