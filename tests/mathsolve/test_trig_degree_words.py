"""Angles typed with the unit as a word ("cos(60 degrees)", "the sine of 30 degrees", "sin 30도") read as
degrees, checked against SymPy's exact values; a bare number still asks which unit, naming what was typed."""

import random

import pytest
import sympy as sp

import agentlib

FUNCTIONS = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan}
WORDS = {"sin": "sine", "cos": "cosine", "tan": "tangent"}
ANGLES = (0, 30, 45, 60, 120, 135, 150, 180, 210, 225, 300, 330)
TEMPLATES = ("{f}({a} degrees)", "{f} {a} degrees", "what is {f} of {a} degrees", "what is the {w} of {a} degrees",
             "{f}({a} deg)", "{f} {a}도", "{f} {a}도의 값을 구하시오", "evaluate {f}({a} degree)")


def _cases(seed: int, count: int = 12) -> list[tuple[str, sp.Expr]]:
    rng = random.Random(seed)
    cases = []
    while len(cases) < count:
        name, angle = rng.choice(sorted(FUNCTIONS)), rng.choice(ANGLES)
        value = FUNCTIONS[name](sp.pi * angle / 180)
        if value.has(sp.zoo):
            continue
        template = rng.choice(TEMPLATES)
        cases.append((template.format(f=name, w=WORDS[name], a=angle), value))
    return cases


@pytest.mark.parametrize("seed", range(3))
def test_angles_in_words_are_degrees(seed: int) -> None:
    for text, value in _cases(seed):
        result = agentlib.solve_math(text)
        assert result.status == "verified", (text, result.reason)
        assert sp.simplify(sp.sympify(result.answer.replace("i", "I")) - value) == 0, (text, result.answer)


def test_a_sum_of_two_angles_in_words() -> None:
    result = agentlib.solve_math("sin 30 degrees + cos 60 degrees")
    assert (result.status, result.answer) == ("verified", "1")


@pytest.mark.parametrize("text", ["sin 40", "cos(7)"])
def test_a_bare_number_asks_for_its_unit_by_name(text: str) -> None:
    result = agentlib.solve_math(text)
    number = text.strip("sinco() ")
    assert result.status == "abstained" and f"{number}°" in result.reason and "degrees or radians" in result.reason


@pytest.mark.parametrize("text", ["30 degrees in radians", "what is 20 degrees celsius in fahrenheit"])
def test_degrees_without_a_function_keep_their_readers(text: str) -> None:
    assert agentlib.solve_math(text).status == "verified"
