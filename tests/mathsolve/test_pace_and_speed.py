"""Pace and speed from one distance and one time, in fresh wordings, units and orders, checked against exact
arithmetic with the international unit sizes (a mile is 1609.344 m); requests missing a half abstain."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

METRES = {"km": Fraction(1000), "kilometres": Fraction(1000), "miles": Fraction("1609.344"), "m": Fraction(1),
          "meters": Fraction(1)}
PER = {"km": Fraction(1000), "mile": Fraction("1609.344")}
SPEEDS = {"km/h": (Fraction(1000), Fraction(3600)), "mph": (Fraction("1609.344"), Fraction(3600)),
          "m/s": (Fraction(1), Fraction(1)), "km per hour": (Fraction(1000), Fraction(3600))}
VERBS = ["ran", "I ran", "walked", "cycled", "we drove", ""]


def _duration(rng: random.Random) -> tuple[str, Fraction]:
    """A duration's words and its length in seconds."""
    hours, minutes, seconds = rng.randint(1, 3), rng.randint(1, 59), rng.randint(5, 95)
    return rng.choice([(f"{minutes} minutes", Fraction(minutes * 60)), (f"{hours} hours", Fraction(hours * 3600)),
                       (f"{hours} hour {minutes} minutes", Fraction(hours * 3600 + minutes * 60)),
                       (f"{seconds} seconds", Fraction(seconds))])


def _verified_value(text: str) -> sp.Expr:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return parse_expression(result.value["expression"])


def _exact(value: Fraction) -> sp.Rational:
    return sp.Rational(value.numerator, value.denominator)


@pytest.mark.parametrize("seed", range(20))
def test_pace_is_minutes_per_asked_length(seed):
    rng = random.Random(seed)
    length = rng.choice(list(METRES))
    amount = Fraction(rng.randint(1, 42)) if rng.random() < 0.7 else Fraction(rng.randint(11, 99), 10)
    said, seconds = _duration(rng)
    per = rng.choice(list(PER))
    trip = f"{rng.choice(VERBS)} {amount if amount.denominator == 1 else float(amount)} {length} in {said}".strip()
    ask = f"what's my pace per {per}"
    text = rng.choice([f"{trip}, {ask}", f"{ask} if {trip}" if trip[0].isalpha() and not trip.startswith(("I", "we"))
                       else f"{trip}, {ask}"])
    expected = (seconds / 60) / (amount * METRES[length] / PER[per])
    assert _verified_value(text) == _exact(expected), text


@pytest.mark.parametrize("seed", range(20))
def test_speed_is_distance_over_time_in_the_asked_units(seed):
    rng = random.Random(seed)
    length = rng.choice(list(METRES))
    amount = Fraction(rng.randint(1, 300))
    said, seconds = _duration(rng)
    asked = rng.choice(list(SPEEDS))
    text = rng.choice([f"{amount} {length} in {said}, speed in {asked}",
                       f"what's the average speed in {asked} if I drove {amount} {length} in {said}"])
    metres_per, seconds_per = SPEEDS[asked]
    expected = (amount * METRES[length] / metres_per) / (seconds / seconds_per)
    assert _verified_value(text) == _exact(expected), text


@pytest.mark.parametrize("seed", range(8))
def test_time_from_a_pace_is_pace_times_distance(seed):
    rng = random.Random(seed)
    pace, tenths = rng.randint(4, 12), rng.randint(10, 400)
    text = f"at {pace} minutes per mile how long for {tenths / 10} miles"
    assert _verified_value(text) == _exact(pace * Fraction(tenths, 10)), text


def test_number_words_before_units_are_numbers():
    assert _verified_value("five miles in forty minutes, what's my pace per mile") == 8
    assert _verified_value("two miles in one hour, what's my speed") == 2


@pytest.mark.parametrize("text", ["what's my pace for 5 km", "speed if I ran 10 km",
                                  "120 km in 90 minutes, what's the speed",  # km per minute or km/h: not said
                                  "ran 3 km in 20 minutes 1 hour, what's my pace",  # a duration's units must shrink
                                  "ran 0 km in 20 minutes, what's my pace",
                                  "ran 400 m in 90 seconds, what's my pace"])  # per metre: no one's pace
def test_a_trip_missing_a_half_or_a_unit_abstains(text):
    assert not solve_math(text).verified, text
