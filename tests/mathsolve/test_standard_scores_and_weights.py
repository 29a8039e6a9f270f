"""z-scores and weighted averages in fresh wordings and orders, checked against exact arithmetic (and `statistics`
for the weighted mean's unweighted special case); a missing or impossible number abstains."""

import random
import statistics
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


def _value(text: str) -> sp.Expr:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return parse_expression(result.value["expression"])


def _exact(value: Fraction) -> sp.Rational:
    return sp.Rational(value.numerator, value.denominator)


@pytest.mark.parametrize("seed", range(24))
def test_z_score_is_value_minus_mean_over_deviation(seed):
    rng = random.Random(seed)
    mean, deviation = rng.randint(-20, 200), rng.choice([rng.randint(1, 30), rng.randint(5, 95) / 10])
    value = mean + rng.randint(-60, 60)
    said_mean = rng.choice([f"mean {mean}", f"the mean is {mean}", f"μ = {mean}", f"an average of {mean}"])
    said_sd = rng.choice([f"sd {deviation}", f"the standard deviation is {deviation}", f"σ = {deviation}",
                          f"standard deviation {deviation}"])
    first, second = rng.sample([said_mean, said_sd], 2)
    text = rng.choice([f"z-score of {value} if {first} and {second}", f"z score for {value} with {first} and {second}",
                       f"{first}, {second}, what is the z-score of {value}"])
    expected = (Fraction(value) - mean) / Fraction(str(deviation))
    assert _value(text) == _exact(expected), text


@pytest.mark.parametrize("text", ["z-score of 90 with mean 70", "z-score of 85", "z-score of 85 with mean 70 and sd 0",
                                  "z-score of 85 with mean 70 and sd -5", "z-score of 85 with mean 70 and median 10",
                                  "z-score of 85 with mean 70 and mean 60 and sd 10"])
def test_z_score_missing_or_impossible_abstains(text):
    assert not solve_math(text).verified, text


@pytest.mark.parametrize("seed", range(24))
def test_weighted_average_pairs_every_value_with_its_weight(seed):
    rng = random.Random(seed)
    size = rng.randint(2, 5)
    values = [rng.randint(0, 100) for _ in range(size)]
    weights = [rng.randint(1, 9) for _ in range(size)]
    shape = rng.randrange(3)
    if shape == 0:
        body = " and ".join(f"{v} with weight {w}" for v, w in zip(values, weights))
    elif shape == 1:
        body = ", ".join(f"{v} (weight {w})" for v, w in zip(values, weights))
    else:
        body = f"{', '.join(map(str, values))} with weights {', '.join(map(str, weights))}"
    text = f"{rng.choice(['weighted average', 'weighted mean', 'what is the weighted average'])} of {body}"
    expected = Fraction(sum(v * w for v, w in zip(values, weights)), sum(weights))
    assert _value(text) == _exact(expected), text


def test_equal_weights_give_the_plain_mean():
    values = [72, 85, 91, 64]
    text = "weighted average of " + " and ".join(f"{v} with weight 2" for v in values)
    assert _value(text) == _exact(statistics.mean(Fraction(v) for v in values))


@pytest.mark.parametrize("text", ["weighted average of 70, 80 with weights 1, 2, 3", "weighted average of 70 and 80",
                                  "weighted average of 80 with weight 0.3 and 90",
                                  "weighted average of 70 with weight 0 and 80 with weight 0"])
def test_weighted_average_with_a_weight_missing_abstains(text):
    assert not solve_math(text).verified, text
