"""Numbers past a float's range: the digit limit counts a power's real size, and the answer is still checked."""

from __future__ import annotations

import math

import pytest

from agentlib import solve_math


@pytest.mark.parametrize("base, exponent", [(2, 2048), (3, 1500), (7, 2000), (10, 1999)])
def test_a_power_under_the_digit_limit_is_computed_and_verified(base, exponent):
    """Regression: 2^2048 + 1 (617 digits) was refused as 'about 2665 digits' and, once computed, left unverified
    because its check went through a Python float (inf past 1e308)."""
    result = solve_math(f"{base}^{exponent} + 1")
    assert result.status == "verified", result.reason
    assert result.answer == str(base**exponent + 1)


@pytest.mark.parametrize("base, exponent", [(2, 7000), (10, 2500), (123, 1000)])
def test_a_power_over_the_digit_limit_is_refused_with_its_size(base, exponent):
    result = solve_math(f"{base}^{exponent}")
    assert result.status == "abstained"
    digits = exponent * math.log10(base) + 1
    assert f"about {digits:.0f} digits" in result.reason
