"""An inequality named by "with", "for which" or "where" after "Find all x": with no other relation in the request,
it is what is solved ("Find all real x with |2x - 1| < 5" abstained: "the condition ... is not read here"). Beside an
equation it stays a condition on the solutions.

Fresh coefficients, bounds, shapes and lead words; the expected set is SymPy's own solution of the inequality."""

from __future__ import annotations

import random

import pytest
import sympy as sp

from agentlib import solve_math

x = sp.Symbol("x", real=True)
LEADS = ["Find all real x with {f}", "Find all x for which {f}", "Find all x where {f}",
         "Find all real numbers x for which {f}", "Find all the x with {f}"]


def _drawn(rng: random.Random) -> tuple[str, sp.Rel]:
    a, b, c = rng.randint(1, 5), rng.randint(-6, 6), rng.randint(1, 9)
    sign = rng.choice(["<", ">", "<=", ">="])
    shape = rng.choice(["linear", "abs", "square"])
    if shape == "linear":
        written, expr = f"{a}x + {b}" if b >= 0 else f"{a}x - {-b}", a * x + b
    elif shape == "abs":
        written, expr = (f"|{a}x + {b}|" if b >= 0 else f"|{a}x - {-b}|"), sp.Abs(a * x + b)
    else:
        written, expr = "x^2", x**2
    relation = {"<": sp.Lt, ">": sp.Gt, "<=": sp.Le, ">=": sp.Ge}[sign](expr, c)
    return f"{written} {sign} {c}", relation


def _parts(value: dict) -> sp.Set:
    found = sp.S.EmptySet
    for low, high, open_low, open_high in value["parts"]:
        found = found | sp.Interval(sp.sympify(low), sp.sympify(high), open_low, open_high)
    return found


@pytest.mark.parametrize("seed", range(24))
def test_the_inequality_after_find_all_x_is_solved(seed):
    rng = random.Random(seed)
    written, relation = _drawn(rng)
    text = rng.choice(LEADS).format(f=written)
    result = solve_math(text)
    expected = sp.solveset(relation, x, sp.S.Reals)
    assert result.status == "verified", (text, result.reason)
    assert result.value["kind"] == "intervals" and _parts(result.value) == expected, (text, result.value, expected)


def test_beside_an_equation_it_stays_a_condition():
    result = solve_math("solve x^2 = 9 for x > 0")
    assert result.status == "verified" and "3" in result.answer and "-3" not in result.answer, result.answer
