"""How answers read: roots smallest first, solution sets as a student writes them, inequalities that hold
everywhere or nowhere."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math


@settings(max_examples=8, deadline=None)
@given(st.lists(st.integers(-9, 9), min_size=2, max_size=3, unique=True))
def test_real_roots_are_listed_smallest_first(roots):
    """Regression: "x^2 - 5x + 6 = 0" answered "x = 3 or x = 2" (the order of SymPy's factors)."""
    factors = "".join(f"(x - ({r}))" for r in roots)
    result = solve_math(f"solve {factors} = 0")
    assert result.status == "verified"
    assert result.answer == " or ".join(f"x = {r}" for r in sorted(roots))


def test_real_roots_come_before_complex_ones():
    result = solve_math("x^3 = 1")
    assert result.status == "verified" and result.answer.startswith("x = 1 or x = -1/2 - ")


@pytest.mark.parametrize("text, expected", [
    ("solve 2x - 3 > 5", "(4, ∞)  (i.e. x > 4)"),
    ("x^2 - 4 >= 0", "(-∞, -2] ∪ [2, ∞)  (i.e. x ≤ -2 or x ≥ 2)"),
    ("x^2 < 9", "(-3, 3)  (i.e. -3 < x < 3)"),
    ("(x-1)(x-3)(x-5) > 0", "(1, 3) ∪ (5, ∞)  (i.e. 1 < x < 3 or x > 5)"),
])
def test_solution_sets_read_as_inequalities(text, expected):
    """Regression: the reading in brackets was SymPy's own form, "(4 < x) and (x < oo)", with `oo` for infinity."""
    result = solve_math(text)
    assert (result.status, result.answer) == ("verified", expected)


@pytest.mark.parametrize("text, expected", [("x^2 + 1 > 0", "every real x"), ("x^2 + 1 < 0", "no real solution"),
                                            ("x^2 >= 0", "every real x")])
def test_inequalities_true_everywhere_or_nowhere(text, expected):
    """Regression: SymPy folded the relation to True/False for a real x and the solver crashed on `.lhs`."""
    result = solve_math(text)
    assert (result.status, result.answer) == ("verified", expected)


@settings(max_examples=8, deadline=None)
@given(st.integers(1, 9), st.integers(1, 9))
def test_a_polynomial_antiderivative_reads_term_by_term(a, b):
    """Regression: "integrate 2x + 3 dx" answered "x*(x + 3) + C" (SymPy's shortest form, not the one taught)."""
    result = solve_math(f"integrate {2 * a}x + {b} dx")
    assert result.status == "verified"
    square = "x^2" if a == 1 else f"{a}*x^2"
    linear = "x" if b == 1 else f"{b}*x"
    expected = f"{square} + {linear} + C"
    assert result.answer == expected
