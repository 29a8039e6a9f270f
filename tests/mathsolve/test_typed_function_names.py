"""Function names as typed outside plain notation: a subscript log base ("log₂8", "log₁₀(1000)") and the Korean
names ("사인 30도", "코사인 60도", "탄젠트 45도", "로그 2의 8", "밑이 2인 로그 8"). Fresh bases, arguments and angles,
keyed by SymPy; before, "log₂8" abstained as a log without a base and each Korean name was an unknown word."""

from __future__ import annotations

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


@pytest.mark.parametrize("seed", range(12))
def test_a_log_with_its_base_typed(seed):
    rng = random.Random(seed)
    base, power = rng.choice([2, 3, 5, 10]), rng.randint(1, 6)
    argument = base ** power
    text = rng.choice([f"log{str(base).translate(_SUB)}{argument}", f"log{str(base).translate(_SUB)}({argument})",
                       f"로그 {base}의 {argument}", f"밑이 {base}인 로그 {argument}", f"로그 {base}의 {argument}은?"])
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert parse_expression(result.value["expression"]) == power, (text, result.answer)


@pytest.mark.parametrize("seed", range(12))
def test_a_korean_trig_name(seed):
    rng = random.Random(seed)
    name, function = rng.choice([("사인", sp.sin), ("코사인", sp.cos), ("탄젠트", sp.tan)])
    angle = rng.choice([0, 30, 45, 60] if name == "탄젠트" else [0, 30, 45, 60, 90, 180])
    text = rng.choice([f"{name} {angle}도", f"{name} {angle}도의 값은?", f"{name}({angle}°)"])
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    expected = function(sp.pi * angle / 180)
    assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)


@pytest.mark.parametrize("text", ["사인을 해 주세요", "사인 값이 뭐야"])
def test_the_word_for_a_signature_is_not_a_function(text):
    assert solve_math(text).status != "verified"
