"""Stopwatch durations and race distances ("10k in 52:30", "21 km in 1:45:00"), in fresh times, checked against the
pace computed by hand: minutes per kilometre or per mile (a mile is exactly 1.609344 km)."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.race_times import spell_race_times
from agentlib.tools.safe_math import parse_expression

KM_PER_MILE = Fraction("1.609344")


@pytest.mark.parametrize("seed", range(30))
def test_a_pace_from_a_stopwatch_time(seed):
    rng = random.Random(seed)
    km = rng.choice([5, 10, 15, 21, 42])
    seconds = rng.randint(km * 150, km * 480)
    hours, rest = divmod(seconds, 3600)
    clock = f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
    per = rng.choice(["km", "mile"])
    distance = rng.choice([f"{km}k", f"{km} km"])
    text = rng.choice([f"{distance} in {clock}, what is my pace per {per}", f"ran {distance} in {clock}, pace per {per}",
                       f"{distance} in {clock}, average pace per {per}"])
    minutes = Fraction(seconds, 60)
    expected = minutes / km if per == "km" else minutes / (km / KM_PER_MILE)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == sp.Rational(expected.numerator, expected.denominator), text


@pytest.mark.parametrize("text, spelled", [
    ("10k in 52:30", "10 km in 3150 seconds"),
    ("21 km in 1:45:00", "21 km in 6300 seconds"),
    ("10 km in 52:75", "10 km in 52:75"),  # 75 seconds: not a stopwatch time
    ("meet at 10:30", "meet at 10:30"),  # a time of day, not after "in"
])
def test_only_stopwatch_times_after_in_are_spelled(text, spelled):
    assert spell_race_times(text) == spelled
