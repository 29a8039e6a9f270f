"""A letter named after an equation with a particle ("2x+5=13 x에 대해 풀어", "x의 값은?", "xについて解いて") is the
unknown asked for, never a factor of the equation's last number (read as 2x+5=13x it was answered x = 5/11).
Fresh letters, coefficients, spacing and particles, checked against SymPy's solution of the equation as written."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

LETTERS = "xyzabnt"
ASKS = ["{v}에 대해 풀어", "{v}에 대해 풀어줘", "{v}에 대하여 풀어주세요", "{v}에대해 정리해", "{v}의 값은?", "{v}는?",
        "{v}의 값을 구해줘", "{v}를 구하시오", "{v}について解いて", "{v}の値を求めよ", "{v} 구해줘", "{v} 값은?",
        "{v} 구하시오"]


def _equation(rng: random.Random, letter: str) -> tuple[str, sp.Rational]:
    a, b = rng.randint(2, 9), rng.randint(1, 20)
    root = rng.randint(-5, 9)
    c = a * root + b
    times = rng.choice(["", "*", " "]) if rng.random() < 0.3 else ""
    plus = rng.choice(["+", " + "])
    equals = rng.choice(["=", " = "])
    return f"{a}{times}{letter}{plus}{b}{equals}{c}", sp.Integer(root)


@pytest.mark.parametrize("seed", range(40))
def test_a_letter_named_after_an_equation_is_the_unknown(seed):
    rng = random.Random(seed)
    letter = rng.choice(LETTERS)
    equation, root = _equation(rng, letter)
    text = f"{equation} {rng.choice(ASKS).format(v=letter)}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert result.value["kind"] == "solutions", (text, result.answer)
    assert [parse_expression(v) for v in result.value["values"]] == [root], (text, result.answer)


@pytest.mark.parametrize("seed", range(20))
def test_a_letter_not_in_the_equation_is_not_answered_as_a_factor(seed):
    rng = random.Random(seed)
    letter = rng.choice(LETTERS)
    other = rng.choice([v for v in LETTERS if v != letter])
    equation, _ = _equation(rng, letter)
    text = f"{equation} {rng.choice(ASKS).format(v=other)}"
    assert not solve_math(text).verified, text


@pytest.mark.parametrize("text, expected", [
    ("x^2+3 x를 미분해", "2*x + 3"),  # no relation before the letter: one formula, 3x
    ("3 x + 2 = 8 풀어", None),  # a letter inside the equation stays in it
])
def test_a_letter_inside_a_formula_stays_in_it(text, expected):
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    if expected is not None:
        assert sp.simplify(parse_expression(result.value["expression"]) - parse_expression(expected)) == 0
    else:
        assert [parse_expression(v) for v in result.value["values"]] == [2]


@pytest.mark.parametrize("seed", range(20))
def test_two_letters_named_after_a_system_are_its_unknowns(seed):
    # Regression: "x+y=10, x-y=2 x,y 구해" read x-y=2x and answered "no solution".
    rng = random.Random(seed)
    x0, y0 = rng.randint(-9, 9), rng.randint(-9, 9)
    a, b = rng.randint(1, 5), rng.randint(1, 5)
    system = f"x+{a}y={x0 + a * y0}, {b}x-y={b * x0 - y0}"
    ask = rng.choice(["x,y 구해", "x, y를 구해줘", "x,y의 값은?", "x, y 값 구하시오"])
    text = f"{system} {ask}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert result.answer.replace(" ", "") == f"x={x0},y={y0}", (text, result.answer)


def test_a_graph_of_a_spaced_product_is_not_cut():
    # 의 alone does not name an unknown: "y=3 x의 그래프" may be the graph of 3x, so it is not read as y = 3
    assert solve_math("y=3 x의 그래프").value.get("expression") != "3"


@pytest.mark.parametrize("function", ["sin", "cos", "tan", "ln", "log", "sqrt"])
def test_a_letter_after_a_function_name_is_its_argument(function):
    # Regression: "함수 y = sin x cos x 를 미분하여라" cut the last x off as the named unknown, leaving cos bare
    text = f"y = 2 {function} x 를 미분하여라"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    expected = sp.diff(2 * parse_expression(f"{function}(x)"), sp.Symbol("x"))
    assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)
