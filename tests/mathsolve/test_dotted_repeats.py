"""A decimal run into an ellipsis: "0.333..." is 1/3 when the digits show what repeats, and abstains when they do
not ("3.14159...", "0.33..."); before, the ellipsis was dropped and "0.333... as a fraction" was 333/1000."""

from __future__ import annotations

import math
import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.mathsolve.repeating_decimals import repeating_digits


def _written(value: Fraction, copies: int, rng: random.Random) -> str:
    whole, before, block = repeating_digits(value)
    return f"{whole}.{before}{block * copies}{rng.choice(['...', '…', ' ...'])}"


@pytest.mark.parametrize("seed", range(30))
def test_a_decimal_showing_its_repeat_reads_as_its_fraction(seed: int) -> None:
    rng = random.Random(seed)
    while True:
        value = Fraction(rng.randint(1, 200), rng.choice([3, 6, 7, 9, 11, 12, 15, 33, 37, 99]))
        found = repeating_digits(value)
        if found is not None and len(found[2]) <= 6:
            break
    text = rng.choice(["what is {} as a fraction", "convert {} to a fraction", "{} as a fraction"])
    result = solve_math(text.format(_written(value, 3, rng)))
    assert result.status == "verified", result.reason
    assert Fraction(result.answer) == value


@pytest.mark.parametrize("cut", [
    f"{math.pi:.6f}", f"{math.e:.9f}", f"{math.sqrt(2):.5f}", f"{math.sqrt(3) / 2:.3f}", "0.33", "0.1212",
])
def test_a_decimal_cut_short_is_not_read_as_repeating(cut: str) -> None:
    result = solve_math(f"what is {cut}... as a fraction")
    assert result.status == "abstained", result.answer


def test_a_repeating_nine_is_one() -> None:
    result = solve_math("is 0.999... equal to 1")
    assert result.status == "verified" and result.answer.startswith("yes")


def test_a_list_ending_in_an_ellipsis_is_still_a_sequence() -> None:
    result = solve_math("what's the next number in 0.5, 1.0, 1.5, ...")
    assert result.status != "abstained" or "repeat" not in result.reason
