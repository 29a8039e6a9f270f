"""Korean cubes and cuboids by their named edges (fresh sizes, checked against l·w·h and the surface formulas), and
the regression: measurements in different units multiplied as written ("가로 4m, 세로 30cm" read as 120) now
abstain in every shape that names them."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math


def _value(text: str) -> Fraction:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return Fraction(result.value["expression"])


@pytest.mark.parametrize("seed", range(3))
def test_fresh_korean_cubes_and_cuboids(seed):
    rng = random.Random(seed)
    for _ in range(5):
        unit = rng.choice(["cm", "m", ""])
        a, b, c = (rng.randint(1, 30) for _ in range(3))
        edge = rng.choice(["한 모서리가", "한 모서리의 길이가", "한 모서리의 길이가 "])
        assert _value(f"{edge} {a}{unit}인 정육면체의 부피는?") == a**3
        assert _value(f"{edge} {a}{unit}인 정육면체의 겉넓이를 구하시오") == 6 * a**2
        joined = rng.choice([", ", "이고 "])
        text = f"가로 {a}{unit}{joined}세로 {b}{unit}{joined}높이 {c}{unit}인 직육면체의 "
        assert _value(text + "부피를 구하시오") == a * b * c
        assert _value(text + "겉넓이는?") == 2 * (a * b + b * c + c * a)


@pytest.mark.parametrize("text", [
    "가로 4m, 세로 30cm인 직사각형의 넓이는?",
    "가로 4m, 세로 3m, 높이 20cm인 직육면체의 부피를 구하시오",
    "밑변 6cm, 높이 4m인 평행사변형의 넓이는?",
    "area of a rectangle with length 2 ft and width 6 inches",
    "area of a rectangle 5 m by 30 cm",
    "hypotenuse of a right triangle with legs 3 m and 40 cm",
    "area of a triangle with base 2 m and height 50 cm",
])
def test_regression_measurements_in_different_units_are_not_multiplied_as_written(text):
    assert solve_math(text).status != "verified", text


def test_measurements_in_one_unit_still_read():
    assert _value("area of a rectangle with length 2 ft and width 6 ft") == 12
    assert _value("가로 4m, 세로 3m인 직사각형의 넓이는?") == 12
    assert _value("hypotenuse of a right triangle with legs 3 cm and 4 cm") == 5
