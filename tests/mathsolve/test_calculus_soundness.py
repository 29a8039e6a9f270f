"""A limit is verified only where the function has values near the point: an oscillating base raised to a power
that tends to 0 is undefined on a whole side of 0 half the time, yet SymPy returns 1 for it and samples at 10^-k
alone can all land where the base is positive. Direct substitution is shown only where every part is defined."""

import random

import pytest

from agentlib import solve_math

SEEDS = range(6)


@pytest.mark.parametrize("seed", SEEDS)
def test_an_oscillating_base_under_a_vanishing_power_is_never_verified(seed: int) -> None:
    rng = random.Random(seed)
    a = rng.randint(1, 9)
    trig = rng.choice(["sin", "cos"])
    exponent = rng.choice(["x^x^x", f"x^({a}*x^x)", "x^x^x^x"])
    result = solve_math(f"limit of {trig}({a}/x)^{exponent} as x -> 0")
    assert result.status != "verified", (result.answer, result.reason)


@pytest.mark.parametrize("seed", SEEDS)
def test_plain_limits_keep_their_verified_answers(seed: int) -> None:
    rng = random.Random(seed)
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    cases = {
        f"limit of sin({a}*x)/x as x -> 0": str(a),
        f"limit of (x^2 - {a * a})/(x - {a}) as x -> {a}": str(2 * a),
        f"limit of x*sin({b}/x) as x -> 0": "0",
        "limit of x^x as x -> 0": "1",
        f"limit of (1 + {a}/x)^x as x -> oo": f"e^{a}",
    }
    for problem, expected in cases.items():
        result = solve_math(problem)
        assert result.status == "verified", (problem, result.reason)
        assert result.answer.replace(" ", "") == expected, (problem, result.answer)


def test_zero_to_the_zero_is_not_shown_as_direct_substitution() -> None:
    result = solve_math("limit of x^x as x -> 0")
    assert result.status == "verified" and result.answer == "1"
    assert not any("directly" in step.text for step in result.steps)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_divergent_series_is_verified_by_convergence_tests_not_by_its_own_summation(seed: int) -> None:
    rng = random.Random(seed)
    a = rng.randint(2, 9)
    divergent = rng.choice([f"{a}/n", f"n^{rng.randint(1, 3)}", f"{a}^n"])
    result = solve_math(f"sum of {divergent} for n from 1 to infinity")
    assert result.status == "verified" and result.answer == "oo", (divergent, result.reason)
    assert any("convergence tests" in check.detail for check in result.verification.checks)


@pytest.mark.parametrize("seed", SEEDS)
def test_an_integral_across_a_pole_of_odd_order_abstains(seed: int) -> None:
    rng = random.Random(seed)
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    result = solve_math(f"integrate {a}/x from -{b} to {b}")
    assert result.status == "abstained" and "does not converge" in result.reason
