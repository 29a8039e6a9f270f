"""A term of a sequence given by its formula (`sequence_formulas.py`): fresh formulas, letters and indices checked
against SymPy; a formula with another letter, or one that refers to earlier terms, abstains."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


@pytest.mark.parametrize("seed", range(16))
def test_the_term_asked_of_a_formula(seed):
    rng = random.Random(seed)
    letter, name = rng.choice("nk"), rng.choice("abt")
    a, b, c = rng.randint(1, 6), rng.randint(-9, 9), rng.randint(1, 4)
    s = sp.Symbol(letter)
    formula, written = rng.choice([(a * s + b, f"{a}{letter} {'+' if b >= 0 else '-'} {abs(b)}"),
                                   (c * s**2 - a, f"{c}{letter}^2 - {a}"),
                                   (s / (s + c), rf"\frac{{{letter}}}{{{letter} + {c}}}"),
                                   (2**s - a, f"2^{letter} - {a}")])
    index = rng.randint(1, 30)
    suffix = "th" if 10 <= index % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(index % 10, "th")
    subscript = rng.choice([f"_{letter}", f"_{{{letter}}}"])
    text = f"{rng.choice(['What is', 'Find'])} the {index}{suffix} term of the sequence " \
           f"{rng.choice(['defined by', 'given by', 'with'])} ${name}{subscript} = {written}$?"
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert parse_expression(result.value["expression"]) == formula.subs(s, index), (text, result.answer)


@pytest.mark.parametrize("text", [
    r"What is the 3rd term of the sequence defined by $a_n = 3m - 2$?",
    r"What is the 5th term of the sequence defined by $a_n = a_{n-1} + 2$?",
])
def test_regression_other_letters_abstain(text):
    assert solve_math(text).status != "verified"
