"""Russian "относительно v" ("with respect to v") names the unknown as "по v" does, in fresh equations and letters,
against SymPy; a letter not in the equation is not answered."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


@pytest.mark.parametrize("seed", range(20))
def test_solve_with_respect_to_a_named_letter(seed):
    rng = random.Random(seed)
    a, b, c = rng.randint(1, 6), rng.randint(2, 7), rng.randint(1, 30)
    letter = rng.choice("xy")
    opening = rng.choice(["Решите", "Решите уравнение", "Решить", "Реши"])
    text = f"{opening} {a}x+{b}y={c} относительно {letter}"
    x, y = sp.symbols("x y")
    expected = sp.solve(sp.Eq(a * x + b * y, c), sp.Symbol(letter))
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert result.value["variable"] == letter, (text, result.answer)
    found = [parse_expression(v) for v in result.value["values"]]
    assert len(found) == 1 and sp.simplify(found[0] - expected[0]) == 0, (text, result.answer)


def test_a_letter_not_in_the_equation_is_not_answered():
    assert not solve_math("Решите 2x+5=13 относительно z").verified
