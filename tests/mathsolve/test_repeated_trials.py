"""Chances over independent tries with a stated chance each ("at least one crit in 5 tries at 20%"), in fresh
wordings, checked by summing over every sequence of outcomes (never by the formula the reader uses)."""

import itertools
import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

NOUNS = [("crit", "tries"), ("drop", "kills"), ("hit", "shots"), ("win", "games"), ("success", "attempts")]


def _by_outcomes(p: Fraction, n: int, event) -> Fraction:  # noqa: ANN001 (a predicate on the number of successes)
    total = Fraction(0)
    for outcome in itertools.product((True, False), repeat=n):
        weight = Fraction(1)
        for success in outcome:
            weight *= p if success else 1 - p
        if event(sum(outcome)):
            total += weight
    return total


def _request(rng: random.Random) -> tuple[str, Fraction]:
    noun, trials = rng.choice(NOUNS)
    percent = rng.choice([5, 10, 12.5, 20, 25, 30, 50, 75])
    p = Fraction(str(percent)) / 100
    rate = rng.choice([f"at {percent:g}%", f"with a {percent:g}% {noun} chance", f"if the {noun} chance is {percent:g}%"])
    n = rng.randint(1, 8)
    ask = rng.choice(["probability of", "what is the chance of", "chance of getting"])
    shape = rng.choice(["at_least_one", "none", "exactly", "in_a_row"])
    if shape == "at_least_one":
        return f"{ask} at least one {noun} in {n} {trials} {rate}", _by_outcomes(p, n, lambda s: s >= 1)
    if shape == "none":
        return f"{ask} no {noun}s in {n} {trials} {rate}", _by_outcomes(p, n, lambda s: s == 0)
    if shape == "exactly":
        k = rng.randint(0, n)
        return f"{ask} exactly {k} {noun}s in {n} {trials} {rate}", _by_outcomes(p, n, lambda s: s == k)
    return f"{ask} {n} {noun}s in a row {rate}", _by_outcomes(p, n, lambda s: s == n)


@pytest.mark.parametrize("seed", range(40))
def test_chance_over_independent_tries_is_exact(seed):
    text, expected = _request(random.Random(seed))
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == sp.Rational(expected.numerator, expected.denominator), text


def test_a_long_decimal_is_shown_rounded_beside_the_exact_chance():
    result = solve_math("drop rate is 1%, chance to get it at least once in 100 kills")
    assert result.verified and result.answer.endswith("≈ 0.634"), result.answer
    exact = 1 - Fraction(99, 100) ** 100
    assert parse_expression(result.value["expression"]) == sp.Rational(exact.numerator, exact.denominator)


@pytest.mark.parametrize("text", [
    "chance of at least one crit in 5 tries",  # no chance per try
    "probability of at least one crit in 5 tries at 20% and 30%",  # two chances
    "what are the odds of two crits in a row at 25%",  # odds are p : (1 - p) to a bettor
    "chance of at least one crit in 5 tries at 20% if each try costs 3 gold",
    "probability of two crits in 5 tries at 20%",  # exactly two or at least two: not said
    "chance of at least one crit in 5 tries at 120%",
])
def test_requests_not_certain_abstain(text):
    assert not solve_math(text).verified, text
