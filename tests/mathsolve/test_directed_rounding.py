"""Rounding up or down is a ceiling or a floor, not the nearest value: "round up 2.1" was answered 2, verified ("up"
was dropped as a filler word). It abstains now, however it is worded; plain rounding still reads (half away from
zero). Fresh variants: random decimals whose nearest value differs from the directed one, checked against
`decimal` rounding, never agentlib.
"""

import random
from decimal import ROUND_HALF_UP, Decimal

import pytest

from agentlib import solve_math


def _decimal(rng: random.Random) -> Decimal:
    whole, tenths = rng.randint(0, 99), rng.choice((1, 2, 3, 7, 8, 9))
    return Decimal(f"{'-' if rng.random() < 0.3 else ''}{whole}.{tenths}")


@pytest.mark.parametrize("seed", range(12))
def test_rounding_up_or_down_abstains(seed):
    rng = random.Random(seed)
    value, direction = _decimal(rng), rng.choice(("up", "down"))
    text = rng.choice((f"round {direction} {value}", f"round {value} {direction}", f"{value} rounded {direction}",
                       f"please round {direction} {value} to the nearest whole number"))
    result = solve_math(text)
    assert result.status == "abstained", (text, result.answer)


@pytest.mark.parametrize("seed", range(6))
def test_plain_rounding_still_reads(seed):
    value = _decimal(random.Random(40 + seed))
    result = solve_math(f"round {value}")
    assert result.verified, result.reason
    assert Decimal(result.answer) == value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
