"""Temperature conversions and areas/volumes from named measurements, read with fresh numbers and wording and
checked against the formula computed here; the direction of a conversion and the slot of each measurement come
from the words, never from the order of the numbers."""

import random
from fractions import Fraction

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.shapes_in_words import read_named_measures
from agentlib.mathsolve.temperature import read_temperature
from agentlib.tools.safe_math import parse_expression


def _value(text: str) -> sp.Expr:
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert any(note.startswith("read as") for note in result.notes), result.notes
    return parse_expression(result.value["expression"])


@pytest.mark.parametrize("text, expected", [
    ("convert 212 F to C", sp.Integer(100)),
    ("what is -40 degrees fahrenheit in celsius?", sp.Integer(-40)),
    ("how many degrees celsius is 50 °F", sp.Integer(10)),
    ("15 celsius to fahrenheit", sp.Integer(59)),
    ("섭씨 35도는 화씨 몇 도인가요", sp.Integer(95)),
    ("화씨 41도는 섭씨 몇 도?", sp.Integer(5)),
    ("convertir 95 degrés Fahrenheit en Celsius", sp.Integer(35)),
    ("convierte 10 grados Celsius a Fahrenheit", sp.Integer(50)),
])
def test_temperature_conversions(text, expected):
    assert _value(text) == expected


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=-100, max_value=300))
def test_celsius_and_back_is_the_identity(celsius):
    fahrenheit = Fraction(celsius) * 9 / 5 + 32
    worded = read_temperature(f"convert {celsius} C to F")
    assert worded is not None and parse_expression(worded.formula) == sp.Rational(fahrenheit)


@pytest.mark.parametrize("text, expected", [
    ("find the area of a triangle with a base of 9 cm and a height of 4 cm", sp.Integer(18)),
    ("area of a triangle with height 10 and base 3", sp.Integer(15)),
    ("area of a trapezoid with parallel sides 3 and 7 and height 5", sp.Integer(25)),
    ("what is the volume of a cylinder with radius 3 and height 4?", 36 * sp.pi),
    ("volume of a cone with a radius of 6 and a height of 2", 24 * sp.pi),
    ("밑변이 12이고 높이가 3인 삼각형의 넓이를 구하시오", sp.Integer(18)),
    ("윗변 2, 아랫변 8, 높이 3인 사다리꼴의 넓이는?", sp.Integer(15)),
    ("반지름이 2이고 높이가 6인 원뿔의 부피는?", 8 * sp.pi),
    ("반지름이 3인 구의 부피를 구하시오", 36 * sp.pi),
    ("半径2の球の表面積を求めよ", 16 * sp.pi),
    ("底为10，高为3的三角形面积是多少", sp.Integer(15)),
    ("calcula el área de un triángulo de base 7 y altura 4", sp.Integer(14)),
])
def test_areas_and_volumes_from_named_measurements(text, expected):
    assert sp.simplify(_value(text) - expected) == 0


@pytest.mark.parametrize("text", [
    "area of a triangle with sides 3, 4 and 5",  # three sides: Heron's formula, not base and height
    "volume of a cylinder with diameter 4 and height 3",  # a diameter is not a radius
    "area of a trapezoid with bases 5 and 9",  # no height
])
def test_shapes_without_their_named_measurements_are_not_read(text):
    assert read_named_measures(text) is None


@pytest.mark.parametrize("seed", range(8))
def test_a_cylinder_or_cone_typed_tersely_is_read_by_its_named_measurements(seed):
    rng = random.Random(seed)
    radius, height = rng.randint(1, 20), rng.randint(1, 40)
    solid, third = rng.choice([("cylinder", 1), ("cone", sp.Rational(1, 3))])
    text = rng.choice([f"volume of a {solid} radius {radius} height {height}",
                       f"volume of a {solid}, radius {radius}, height {height}"])
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert sp.simplify(sp.sympify(result.value["expression"]) - third * sp.pi * radius**2 * height) == 0, text
