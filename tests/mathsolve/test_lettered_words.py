"""Words glued to a LaTeX letter (`lettered_words.py`) and line features asked in LaTeX (`line_features.py`):
"the $y$-intercept of the line $3x + 4y = 12$" over fresh lines, checked against SymPy."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.lettered_words import spell_lettered_words
from agentlib.tools.safe_math import parse_expression

x, y = sp.symbols("x y")


@pytest.mark.parametrize("seed", range(16))
def test_a_feature_of_a_line_typed_in_latex(seed):
    rng = random.Random(seed)
    a, b = rng.choice([v for v in range(-6, 7) if v]), rng.choice([v for v in range(-6, 7) if v])
    c = rng.randint(-12, 12)
    feature = rng.choice(["slope", "$y$-intercept", "$x$-intercept"])
    line = f"{a}x {'+' if b > 0 else '-'} {abs(b)}y = {c}"
    lead, named = rng.choice(["Find", "What is"]), rng.choice(["the line ", "the graph of ", ""])
    text = f"{lead} the {feature} of {named}${line}${rng.choice(['.', '?'])}"
    solved_y = sp.solve(sp.Eq(a * x + b * y, c), y)[0]
    expected = {"slope": sp.diff(solved_y, x), "$y$-intercept": solved_y.subs(x, 0),
                "$x$-intercept": sp.solve(sp.Eq(a * x, c), x)[0]}[feature]
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert parse_expression(result.value["expression"]) == expected, (text, result.answer)


def test_only_a_letter_glued_to_a_word_loses_its_dollars():
    assert spell_lettered_words("the $y$-intercept and the $n$th term") == "the y-intercept and the nth term"
    assert spell_lettered_words("if $x$ - 3 = 4 and $y$ th") == "if $x$ - 3 = 4 and $y$ th"
