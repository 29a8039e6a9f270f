"""Runs and series written by their terms with minus signs: "1 - 1/2 + 1/4 - 1/8 + ...", "1 - 2 + 4 - ... + 256",
"-1 - 2 - 3 - ... - 100". Fresh variants: random first terms, ratios (negative ones alternate the signs) and
differences; expected sums from `fractions` (a/(1 - r), or the listed terms added one by one), never agentlib.
"""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

LEADS = ("", "sum ", "find the sum ", "what is ")


def _joined(terms: list[Fraction]) -> str:
    text = str(terms[0])
    for term in terms[1:]:
        text += f" {'-' if term < 0 else '+'} {abs(term)}"
    return text


@pytest.mark.parametrize("seed", range(16))
def test_endless_alternating_geometric_series(seed):
    rng = random.Random(seed)
    first = Fraction(rng.randint(1, 9))
    ratio = -Fraction(1, rng.randint(2, 6)) if rng.random() < 0.7 else Fraction(1, rng.randint(2, 6))
    terms = [first * ratio**i for i in range(rng.randint(3, 5))]
    text = f"{rng.choice(LEADS)}{_joined(terms)} {'-' if terms[-1] * ratio < 0 else '+'} ..."
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == parse_expression(str(first / (1 - ratio))), text


@pytest.mark.parametrize("seed", range(12))
def test_finite_runs_with_signs(seed):
    rng = random.Random(100 + seed)
    if rng.random() < 0.5:
        first, ratio = rng.randint(1, 5), rng.choice((-2, -3))
        run = [Fraction(first) * ratio**i for i in range(rng.randint(5, 9))]
    else:
        first, gap = -rng.randint(1, 9), -rng.randint(1, 5)
        run = [Fraction(first + gap * i) for i in range(rng.randint(5, 30))]
    last = run[-1]
    ending = f"{'-' if run[3] < 0 else '+'} ... {'-' if last < 0 else '+'} {abs(last)}"
    text = f"{rng.choice(LEADS)}{_joined(run[:3])} {ending}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert Fraction(result.value["expression"]) == sum(run), text


@pytest.mark.parametrize("text", ["1 - 1 + 1 - 1 + ...", "1 - 2 + 3 - 4 + ... + 99", "2 - 4 + 8 - 16 + ..."])
def test_divergent_or_ruleless_runs_abstain(text):
    assert not solve_math(text).verified


def test_regression_alternating_series_ended_too_early():
    # The bug: "sum 1 - 1/2 + 1/4 - 1/8 + ..." was read as a formula that ends too early, and abstained.
    result = solve_math("sum 1 - 1/2 + 1/4 - 1/8 + ...")
    assert result.verified and result.value["expression"] == "2/3"
