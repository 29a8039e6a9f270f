"""Exponential equations whose two sides are powers of one prime (`algebra._prime_logs`): the root is the
rational n/m itself, never log(p^n)/log(p^m); sides that are not powers of one base keep their logs, and every
answer is checked against SymPy."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


@pytest.mark.parametrize("seed", range(20))
def test_powers_of_one_prime_give_a_rational_root(seed):
    rng = random.Random(seed)
    prime, m, n = rng.choice([2, 3, 5]), rng.randint(1, 4), rng.randint(-4, 6)
    shift = rng.randint(-3, 3)
    base, right = sp.Integer(prime) ** m, sp.Integer(prime) ** n
    exponent = "x" if shift == 0 else f"(x {'+' if shift > 0 else '-'} {abs(shift)})"
    right_text = str(right) if n >= 0 else f"1/{prime ** -n}"
    text = rng.choice(["solve {b}^{e} = {r}", "Solve for $x$: ${b}^{{{e}}} = {r}$.",
                       "Find the value of $x$ such that ${b}^{{{e}}} = {r}$. Express your answer as a common fraction."]
                      ).format(b=base, e=exponent, r=right_text)
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    (value,) = result.value["values"]
    found = parse_expression(value)
    assert found == sp.Rational(n, m) - shift and not found.has(sp.log), (text, value)


@pytest.mark.parametrize("base, right", [(2, 5), (6, 12), (10, 3)])
def test_other_sides_keep_their_logs_and_their_value(base, right):
    result = solve_math(f"solve {base}^x = {right}")
    assert result.status == "verified"
    (value,) = result.value["values"]
    assert sp.simplify(parse_expression(value) - sp.log(right) / sp.log(base)) == 0
