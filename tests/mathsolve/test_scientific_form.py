"""A number in scientific notation, as homework asks: "write 45000 in scientific notation" -> 4.5 × 10^4, "0.00032 in
scientific notation" -> 3.2 × 10^-4, "... to 3 significant figures". Fresh numbers and wordings, keyed by Python's
Decimal (its own normalisation, never the reader's); before, each abstained on unknown words."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

import pytest

from agentlib import solve_math

WORDINGS = ["write {n} in scientific notation", "{n} in scientific notation", "express {n} in scientific notation",
            "what is {n} in scientific notation?", "convert {n} to scientific notation"]


def _expected(number: Decimal, significant: int | None) -> str:
    exponent = number.adjusted()
    mantissa = number.scaleb(-exponent)
    if significant is not None:
        mantissa = mantissa.quantize(Decimal(1).scaleb(-(significant - 1)), rounding=ROUND_HALF_UP)
        if abs(mantissa) >= 10:
            exponent += 1
            mantissa = (mantissa / 10).quantize(Decimal(1).scaleb(-(significant - 1)), rounding=ROUND_HALF_UP)
        return f"{mantissa:f} × 10^{exponent}"
    text = f"{mantissa.normalize():f}"
    return f"{text} × 10^{exponent}"


@pytest.mark.parametrize("seed", range(24))
def test_a_number_in_scientific_notation(seed):
    rng = random.Random(seed)
    digits = str(rng.randint(1, 999_999))
    places = rng.randint(-8, 8)
    number = Decimal(digits).scaleb(places)
    typed = f"{number:f}"
    significant = rng.choice([None, None, 2, 3])
    text = rng.choice(WORDINGS).format(n=typed) + (f" to {significant} significant figures" if significant else "")
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert result.answer == _expected(number, significant), (text, result.answer)


def test_zero_has_no_scientific_notation():
    assert solve_math("0 in scientific notation").status == "abstained"
