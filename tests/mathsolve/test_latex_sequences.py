"""Sequences and runs typed in LaTeX (`latex_lists.py`) and runs named as series (`number_runs.py`): fresh
terms, indices, ellipsis commands and delimiters; each answer checked against the terms counted out here."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.latex_lists import plain_number_lists
from agentlib.tools.safe_math import parse_expression

ELLIPSES = [r"\ldots", r"\dots", r"\cdots", r"\dotsb"]
SPANS = [("$", "$"), ("$$", "$$"), (r"\(", r"\)")]


def _value(text: str) -> sp.Expr:
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    return parse_expression(result.value["expression"])


@pytest.mark.parametrize("seed", range(20))
def test_a_term_of_a_sequence_listed_in_latex(seed):
    rng = random.Random(seed)
    kind = rng.choice(["arithmetic", "geometric"])
    first = rng.randint(-9, 9) or 2
    step = rng.choice([d for d in range(-5, 6) if d]) if kind == "arithmetic" else rng.choice([-3, -2, 2, 3, 4])
    terms = [first]
    for _ in range(40):
        terms.append(terms[-1] + step if kind == "arithmetic" else terms[-1] * step)
    n = rng.randint(4, 30)
    opening, closing = rng.choice(SPANS)
    listed = ", ".join(str(t) for t in terms[:3]) + ", " + rng.choice(ELLIPSES)
    named = rng.choice([f"the {kind} sequence ", "the sequence ", ""])
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    text = f"{rng.choice(['What is', 'Find'])} the {n}{suffix} term of {named}{opening}{listed}{closing}?"
    assert _value(text) == terms[n - 1], text


@pytest.mark.parametrize("seed", range(12))
def test_the_sum_of_a_run_named_as_a_series(seed):
    rng = random.Random(100 + seed)
    first, step, count = rng.randint(1, 9), rng.randint(1, 6), rng.randint(4, 60)
    terms = [first + step * k for k in range(count)]
    ellipsis = rng.choice(ELLIPSES + ["..."])
    run = " + ".join(str(t) for t in terms[:3]) + f" + {ellipsis} + {terms[-1]}"
    opening, closing = rng.choice(SPANS) if ellipsis != "..." else ("", "")
    text = f"What is the sum of the {rng.choice(['arithmetic series', 'series'])} {opening}{run}{closing}?"
    assert _value(text) == sum(terms), text


@pytest.mark.parametrize("seed", range(6))
def test_regression_a_series_named_for_the_other_rule_abstains(seed):
    # the terms 1, 4, 7 have no common ratio: "the geometric series 1 + 4 + 7 + ..." is not a run this reads
    rng = random.Random(200 + seed)
    first, step = rng.randint(1, 9), rng.randint(2, 6)
    if Fraction(first + step, first) == Fraction(first + 2 * step, first + step):
        pytest.skip("an arithmetic run that is also geometric")
    text = f"What is the sum of the geometric series {first} + {first + step} + {first + 2 * step} + ... + " \
           f"{first + 20 * step}?"
    assert solve_math(text).status != "verified", text


def test_a_span_with_more_than_numbers_is_left_whole():
    # a formula with an ellipsis stays a formula: only bare numbers, commas and plus signs are rewritten
    for text in [r"$\frac{1}{2} + \frac{1}{4} + \cdots$", r"$x_1, x_2, \ldots, x_n$", r"$1 + 2 + \cdots + n$"]:
        assert plain_number_lists(text) == text
    assert plain_number_lists(r"the terms $1, 3, 5, \ldots$") == "the terms 1, 3, 5, ..."
