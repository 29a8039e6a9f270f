"""A circle's area or circumference with π given as a decimal, as Korean textbooks ask ("반지름이 5cm인 원의 넓이를
구하시오. (원주율은 3.14)"): fresh radii and diameters, checked against exact fractions with π = 3.14 (or 3); a
"π" far from π is not read, and without the given value the answer stays exact (25π)."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math


def test_fresh_circles_with_pi_given():
    rng = random.Random("pi given")
    for _ in range(12):
        kind, measure = rng.choice(["반지름", "지름"]), rng.choice(["넓이", "둘레"])
        size, pi = rng.randint(1, 40), rng.choice(["3.14", "3"])
        asked = rng.choice(["를 구하시오.", "는?", "를 구하시오"]) if measure == "넓이" else \
            rng.choice(["를 구하시오.", "는?"])
        given = rng.choice([f"(원주율은 {pi})", f"(원주율은 {pi}로 계산하시오)", f"원주율은 {pi}입니다."])
        text = f"{kind}이 {size}cm인 원의 {measure}{asked} {given}"
        radius = Fraction(size) if kind == "반지름" else Fraction(size, 2)
        expected = Fraction(pi) * radius**2 if measure == "넓이" else 2 * Fraction(pi) * radius
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == expected, (text, result.answer)


def test_a_value_far_from_pi_is_not_read():
    assert solve_math("반지름이 5cm인 원의 넓이를 구하시오. (원주율은 5)").status != "verified"


@pytest.mark.parametrize("radius", [3, 7])
def test_without_a_given_value_the_area_stays_exact(radius):
    result = solve_math(f"반지름이 {radius}cm인 원의 넓이는?")
    assert result.verified and sp.simplify(sp.sympify(result.value["expression"]) - radius**2 * sp.pi) == 0
