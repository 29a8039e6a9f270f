"""A number asked "in scientific notation" ("write 45000 in scientific notation", "0.00045 in scientific notation"),
in fresh numbers and wordings: the answer is m × 10^k with 1 ≤ |m| < 10, and m × 10^k equals the number typed, as
computed here by exact fractions; zero is not written so."""

import random
import re
from fractions import Fraction

import pytest

from agentlib import solve_math

WORDINGS = ["write {} in scientific notation", "{} in scientific notation", "express {} in scientific notation",
            "what is {} in scientific notation?", "convert {} to scientific notation",
            "what is the scientific notation of {}"]


def _typed(rng: random.Random) -> tuple[str, Fraction]:
    digits = str(rng.randint(1, 99_999))
    shift = rng.randint(-9, 9)
    value = Fraction(int(digits)) * Fraction(10) ** shift
    if shift >= 0:
        written = digits + "0" * shift
        if rng.random() < 0.3 and len(written) > 3:
            written = f"{int(written):,}"
    else:
        padded = digits.rjust(-shift + 1, "0")
        written = f"{padded[:shift]}.{padded[shift:]}"
    sign = rng.choice(["", "", "-"])
    return sign + written, -value if sign else value


@pytest.mark.parametrize("seed", range(40))
def test_a_number_in_scientific_notation(seed):
    # the bug: "write 0.00045 in scientific notation" was not read ("scientific notation" was no task)
    rng = random.Random(seed)
    written, value = _typed(rng)
    text = rng.choice(WORDINGS).format(written)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    shown = re.fullmatch(r"(-?\d(?:\.\d+)?) × 10\^(-?\d+)", result.answer)
    assert shown is not None, (text, result.answer)
    mantissa, exponent = Fraction(shown.group(1)), int(shown.group(2))
    assert 1 <= abs(mantissa) < 10 and mantissa * Fraction(10) ** exponent == value, (text, result.answer)
    assert not shown.group(1).endswith("0") or "." not in shown.group(1), result.answer  # no padded zeros


def test_zero_and_standard_form_are_not_written_so():
    assert not solve_math("write 0 in scientific notation").verified
    assert not solve_math("write 45000 in standard form").verified  # the US standard form is the number written out
