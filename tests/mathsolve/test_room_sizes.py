"""Rooms, walls and boxes as "A by B (by C)" (`room_sizes.py`): area, perimeter, diagonal and volume, in the sides'
unit or converted to an asked square or cubic unit. Expected values come from the formulas and the exact unit
definitions (1 ft = 0.3048 m, 1 yd = 3 ft, 1 in = 2.54 cm) in fractions, never from the reader.

Regressions: "how many square feet is a 12 by 15 room", "volume of a box 2 ft by 3 ft by 4 ft" and "diagonal of a
12 by 16 rectangle" abstained (the twenty-second batch). Sides in two units, or unitless sides asked in a unit
they might not be in, must abstain.
"""

from __future__ import annotations

import math
from fractions import Fraction

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

METRES = {"ft": Fraction("0.3048"), "feet": Fraction("0.3048"), "yards": Fraction("0.9144"),
          "inches": Fraction("0.0254"), "m": Fraction(1), "cm": Fraction(1, 100)}
SQUARE = {"feet": "ft", "yards": "yards", "inches": "inches", "meters": "m"}
FLAT = st.sampled_from(["room", "wall", "floor", "rug", "patio", "garden", "bedroom"])
SOLID = st.sampled_from(["box", "tank", "crate", "shed"])
SIDE = st.fractions(min_value=1, max_value=60, max_denominator=4)
BY = st.sampled_from([" by ", " x ", "x"])


def _number(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):g}"


def _value(text: str) -> sp.Expr:
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    return sp.nsimplify(result.value["expression"], rational=True)


def _decimal_sides() -> st.SearchStrategy[Fraction]:
    return SIDE.map(lambda v: Fraction(_number(v)))  # the side as it is typed: a decimal that terminates


@given(_decimal_sides(), _decimal_sides(), st.sampled_from(list(SQUARE)), FLAT, BY)
@settings(max_examples=40, deadline=None, derandomize=True)
def test_how_many_square_units_is_a_room_given_in_them(a, b, asked, noun, by):
    text = f"how many square {asked} is a {_number(a)}{by}{_number(b)} {noun}"
    assert _value(text) == sp.Rational(a * b), text


@given(_decimal_sides(), _decimal_sides(), st.sampled_from(list(METRES)), st.sampled_from(list(SQUARE)), FLAT)
@settings(max_examples=40, deadline=None, derandomize=True)
def test_an_area_with_its_sides_measured_converts_to_the_asked_square_unit(a, b, side_unit, asked, noun):
    text = f"how many square {asked} is a {_number(a)} {side_unit} by {_number(b)} {side_unit} {noun}"
    ratio = METRES[side_unit] / METRES[SQUARE[asked]]
    expected = a * ratio * b * ratio
    assert _value(text) == sp.Rational(expected.numerator, expected.denominator), text


@given(_decimal_sides(), _decimal_sides(), st.sampled_from(["area", "perimeter"]), FLAT,
       st.sampled_from(["", " ft", " m"]), st.booleans())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_area_and_perimeter_of_a_flat_thing(a, b, measure, noun, side_unit, noun_first):
    sides = f"{_number(a)}{side_unit} by {_number(b)}{side_unit}"
    text = f"{measure} of a {noun} {sides}" if noun_first else f"what is the {measure} of a {sides} {noun}"
    expected = a * b if measure == "area" else 2 * (a + b)
    assert _value(text) == sp.Rational(expected.numerator, expected.denominator), text


@given(st.integers(1, 40), st.integers(1, 40), FLAT)
@settings(max_examples=30, deadline=None, derandomize=True)
def test_the_diagonal_is_pythagoras(a, b, noun):
    text = f"diagonal of a {a} by {b} {noun}"
    found = _value(text)
    assert sp.simplify(found - sp.sqrt(a * a + b * b)) == 0, text
    if math.isqrt(a * a + b * b) ** 2 == a * a + b * b:
        assert found == math.isqrt(a * a + b * b)


@given(st.integers(1, 20), st.integers(1, 20), st.integers(1, 20), SOLID, st.sampled_from(["", " ft", " in"]),
       st.sampled_from(["volume of a {n} {s}", "volume of a {s} {n}", "how many cubic feet in a {s} {n}"]))
@settings(max_examples=40, deadline=None, derandomize=True)
def test_the_volume_of_a_box(a, b, c, noun, side_unit, wording):
    sides = f"{a}{side_unit} by {b}{side_unit} by {c}{side_unit}"
    text = wording.format(n=noun, s=sides)
    expected = Fraction(a * b * c)
    if "cubic feet" in wording and side_unit == " in":
        expected /= 12**3
    assert _value(text) == sp.Rational(expected.numerator, expected.denominator), text


def test_regressions_of_the_twenty_second_batch():
    assert _value("how many square feet is a 12 by 15 room") == 180
    assert _value("volume of a box 2 ft by 3 ft by 4 ft") == 24
    assert _value("diagonal of a 12 by 16 rectangle") == 20
    assert _value("how many square meters is 4 m by 3.5 m") == 14


def test_sides_in_two_units_or_an_unsaid_unit_abstain():
    for text in ["how many square feet is a 10 ft by 6 in board", "area of a 12 by 15 room in square meters",
                 "perimeter of a 3 m by 40 cm rug", "volume of a 2 ft by 3 m by 4 ft box",
                 "area of a 3 by 4 matrix", "volume of a 3 by 4 box"]:
        assert solve_math(text).status != "verified", text
