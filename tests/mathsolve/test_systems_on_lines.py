"""Systems typed one equation per line ("x + y = 3\\nx - y = 1"): a line break between two complete formulas ends
the first (`segments._line_break_between_formulas`). Before, the lines were glued into one formula with an implied
product across the break (3·x), and the request abstained on two '=' signs. Fresh systems with one solution, each
answer checked against SymPy's; a formula wrapped at an operator still reads as one."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

NAMES = ("x", "y", "z")
OPENINGS = ["", "Solve\n", "Solve the system:\n", "solve these\n\n", "Find x and y.\n", "풀어주세요\n"]


def _system(rng: random.Random, size: int) -> tuple[list[str], dict[str, sp.Integer]]:
    while True:
        matrix = sp.Matrix(size, size, lambda i, j: rng.randint(-4, 4))
        if matrix.det() != 0 and all(any(matrix.row(i)) for i in range(size)):
            break
    solution = sp.Matrix([rng.randint(-6, 6) for _ in range(size)])
    right = matrix * solution
    rows = []
    for i in range(size):
        terms = " ".join(f"{'+' if c > 0 else '-'} {abs(c)}{NAMES[j]}" for j, c in enumerate(matrix.row(i)) if c)
        rows.append(f"{terms.removeprefix('+ ')} = {right[i]}")
    return rows, {NAMES[j]: solution[j] for j in range(size)}


@pytest.mark.parametrize("seed", range(20))
def test_a_system_one_equation_per_line_is_solved(seed):
    rng = random.Random(seed)
    size = rng.choice([2, 2, 3])
    rows, solution = _system(rng, size)
    if size == 3 and OPENINGS[seed % len(OPENINGS)] == "Find x and y.\n":
        return
    text = OPENINGS[seed % len(OPENINGS)] + rng.choice(["\n", "\n\n", " \n ", "\r\n"]).join(rows) + rng.choice(["", "\n"])
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert result.value["kind"] == "systems" and len(result.value["solutions"]) == 1, (text, result.value)
    found = {name: parse_expression(value) for name, value in result.value["solutions"][0].items()}
    assert found == solution, (text, found)


@pytest.mark.parametrize("seed", range(8))
def test_an_equation_wrapped_at_an_operator_stays_one_equation(seed):
    rng = random.Random(seed)
    a, b = rng.randint(2, 9), rng.randint(1, 9)
    c = a * rng.randint(-5, 5) + b
    left, right = f"{a}x + {b}", f"{c}"
    text = rng.choice([f"{a}x\n+ {b} = {c}", f"{a}x +\n{b} = {c}", f"{left}\n= {right}", f"{left} =\n{right}"])
    result = solve_math("Solve " + text)
    assert result.status == "verified", (text, result.reason)
    assert result.answer == f"x = {sp.Rational(c - b, a)}", (text, result.answer)
