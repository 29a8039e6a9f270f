"""Systems typed as one formula (`segments._system_rows`): `\\begin{cases}`, the array inside `\\left\\{ ...
\\right.`, equations joined by commas, and commas typed inside the dollars ("$a + b = 5,$ $b + c = 7,$"); fresh
systems with one solution, each answer checked against SymPy's."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.segments import segment
from agentlib.tools.safe_math import parse_expression

NAMES = ("x", "y", "z")


def _system(rng: random.Random, size: int) -> tuple[list[str], dict[str, sp.Integer]]:
    """size linear equations in size unknowns with integer coefficients and exactly one (integer) solution."""
    while True:
        matrix = sp.Matrix(size, size, lambda i, j: rng.randint(-4, 4))
        if matrix.det() != 0:
            break
    solution = sp.Matrix([rng.randint(-6, 6) for _ in range(size)])
    right = matrix * solution
    rows = []
    for i in range(size):
        terms = " ".join(f"{'+' if c > 0 else '-'} {abs(c)}{NAMES[j]}" for j, c in enumerate(matrix.row(i)) if c)
        rows.append(f"{terms.removeprefix('+ ')} = {right[i]}")
    return rows, {NAMES[j]: solution[j] for j in range(size)}


def _found(result) -> dict[str, sp.Expr]:  # noqa: ANN001 (a MathResult)
    assert result.status == "verified", (result.problem, result.reason)
    assert result.value["kind"] == "systems" and len(result.value["solutions"]) == 1, result.value
    return {name: parse_expression(value) for name, value in result.value["solutions"][0].items()}


@pytest.mark.parametrize("seed", range(24))
def test_a_system_in_one_formula_is_solved(seed):
    rng = random.Random(seed)
    rows, solution = _system(rng, rng.choice([2, 2, 3]))
    form = rng.choice(["cases", "array", "commas"])
    if form == "cases":
        body = r"\begin{cases} " + r" \\ ".join(rows) + r" \end{cases}"
    elif form == "array":
        body = r"\left\{ \begin{array}{l} " + r" \\ ".join(rows) + r" \end{array} \right."
    else:
        body = rng.choice([", ", r",\; ", r",\quad "]).join(rows)
    opening, closing = rng.choice([("$", "$"), ("$$", "$$"), (r"\[", r"\]")])
    text = f"{rng.choice(['Solve', 'Solve the system', 'Solve the system of equations'])} {opening}{body}{closing}"
    assert {k: v for k, v in _found(solve_math(text)).items()} == solution, text


@pytest.mark.parametrize("seed", range(8))
def test_commas_typed_inside_the_dollars_end_each_equation(seed):
    rng = random.Random(50 + seed)
    a, b, c = (rng.randint(-9, 9) for _ in range(3))
    text = (f"If ${'a + b'} = {a + b},$ $b + c = {b + c},$ and $a + c = {a + c},$ what is "
            f"${rng.choice(['a + b + c', 'abc', 'a - c'])}$?")
    asked = text.rsplit("$", 2)[1]
    expected = {"a + b + c": a + b + c, "abc": a * b * c, "a - c": a - c}[asked]
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert parse_expression(result.value["expression"]) == expected, (text, result.answer)


def test_regression_commas_between_inequalities_are_not_a_system():
    # "0 < a, b < 1" says that a and b both lie in (0, 1): cutting it gives 0 < a and b < 1, another statement
    formulas = [s.text for s in segment(r"If $0 < a, b < 1$ then") if s.kind == "math"]
    assert formulas == ["0 < a, b < 1"]


def test_a_function_by_cases_is_not_cut_into_rows():
    text = r"$f(x) = \begin{cases} x^2 & \text{if } x < 0 \\ 2x & \text{if } x \ge 0 \end{cases}$"
    assert [s.kind for s in segment(text)] == ["math"]
