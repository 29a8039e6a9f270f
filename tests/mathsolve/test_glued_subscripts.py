"""Digits glued to a letter ("x1 + x2 = 3") are a subscript, a power that lost its superscript or nothing anyone
writes as a product: the reader abstains instead of reading x·1 (found by `agentlib.evals.limits_sweep`: "Solve
x0 + x1 = 3, x0 - x1 = 1" was a verified "no solution", "Solve x1 + x2 = 3" a verified "x = 1")."""

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

import agentlib

LETTERS = st.sampled_from("abcmnpqtuvwxyz")


@settings(max_examples=8, deadline=None)
@given(LETTERS, st.lists(st.integers(0, 12), min_size=2, max_size=3, unique=True), st.integers(-9, 9),
       st.sampled_from(["Solve ", "Solve the system ", ""]))
def test_a_system_in_glued_names_abstains(letter, indices, total, lead):
    names = [f"{letter}{i}" for i in indices]
    equations = [" + ".join(names) + f" = {total}", " - ".join(names) + f" = {total + 1}"]
    result = agentlib.solve_math(lead + ", ".join(equations), deadline_s=20)
    assert result.status == "abstained", (equations, result.answer)


@settings(max_examples=5, deadline=None)
@given(LETTERS, st.integers(1, 9), st.integers(-9, 9), st.integers(-9, 9))
def test_the_same_system_with_written_subscripts_is_solved_exactly(letter, first, a, b):
    one, two = f"{letter}_{first}", f"{letter}_{first + 1}"
    result = agentlib.solve_math(f"Solve {one} + {two} = {a}, {one} - {two} = {b}", deadline_s=20)
    expected = sp.solve([sp.Symbol(one) + sp.Symbol(two) - a, sp.Symbol(one) - sp.Symbol(two) - b])
    assert result.status == "verified"
    assert set(result.answer.split(", ")) == {f"{name} = {expected[sp.Symbol(name)]}" for name in (one, two)}


def test_a_glued_square_is_not_read_as_twice_x():
    # "x2 - 5x + 6 = 0" pasted from a PDF (x² lost its superscript) was a verified x = 2 (read 2x - 5x + 6 = 0)
    assert agentlib.solve_math("Solve x2 - 5x + 6 = 0", deadline_s=20).status == "abstained"
    assert agentlib.solve_math("Solve x^2 - 5x + 6 = 0", deadline_s=20).answer == "x = 2 or x = 3"
