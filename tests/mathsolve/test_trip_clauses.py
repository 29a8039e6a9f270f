"""One steady trip told in fragments in any order ("A car goes 60 mph for 2.5 hours. How far?"): the third of speed,
time and distance, over fresh numbers, movers, units and orders, against the formula computed here; a trip in legs,
a missing quantity or an unknown word is not read."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.trip_clauses import read_trip
from agentlib.tools.safe_math import parse_expression

MOVERS = ["a car goes", "a train travels", "my sister drives", "a cyclist rides", "we drove", "if i cover", "i ran",
          "a bus is going", ""]
SPEEDS = {"mph": ("miles", Fraction(1)), "km/h": ("km", Fraction(1)), "miles per hour": ("miles", Fraction(1))}
MILES_PER_KM = Fraction(10**6, 1609344)


def _check(text: str, expected: Fraction) -> None:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    found = parse_expression(result.value["expression"])
    assert sp.simplify(found - sp.Rational(expected.numerator, expected.denominator)) == 0, (text, result.answer)


def _time(rng: random.Random) -> tuple[str, Fraction]:
    """A time said in hours, hours and minutes, or minutes, and its value in hours."""
    hours, minutes = rng.randint(1, 9), rng.choice([15, 20, 30, 45])
    return rng.choice([(f"{hours} hours", Fraction(hours)), (f"{hours}.5 hours", hours + Fraction(1, 2)),
                       (f"{hours} hours {minutes} minutes", hours + Fraction(minutes, 60)),
                       (f"{hours} hours and {minutes} minutes", hours + Fraction(minutes, 60)),
                       (f"{minutes} minutes", Fraction(minutes, 60))])


@pytest.mark.parametrize("seed", range(16))
def test_the_third_quantity_of_a_trip_in_any_order(seed):
    rng = random.Random(seed)
    speed_unit = rng.choice(list(SPEEDS))
    length = SPEEDS[speed_unit][0]
    speed = rng.randint(3, 120)
    time_text, hours = _time(rng)
    distance = speed * hours
    mover = rng.choice(MOVERS)
    asked = rng.choice(["distance", "time", "speed"])
    if asked == "distance":
        facts = [f"at {speed} {speed_unit}", f"for {time_text}"]
        question, expected = rng.choice(["how far", "how far does it go", "what is the distance",
                                         "how far will i get"]), distance
    elif asked == "time":
        facts = [f"{distance} {length}", f"at {speed} {speed_unit}"]
        question, expected = rng.choice([("how long", hours), ("how long does it take", hours),
                                         ("how many minutes", hours * 60), ("how many hours", hours)])
        if distance.denominator != 1:
            facts[0] = f"{float(distance)} {length}" if (distance * 100).denominator == 1 else facts[0]
    else:
        facts = [f"{distance} {length}" if distance.denominator == 1 else f"{speed * 2} {length}", f"in {time_text}"]
        expected = (distance if distance.denominator == 1 else speed * 2) / hours
        question = rng.choice(["what is the average speed", "how fast", "what is its speed", "average speed"])
    if asked != "time" or (distance * 100).denominator == 1:
        rng.shuffle(facts)
        body = f"{mover} {' '.join(facts)}".strip()
        text = rng.choice([f"{body}. {question}?", f"{body}, {question}", f"{question} if {body}"
                           if mover.startswith(("i ", "we ")) else f"{body}, {question}"])
        _check(text, expected)


@pytest.mark.parametrize("seed", range(4))
def test_units_are_converted_exactly(seed):
    rng = random.Random(seed)
    speed, minutes = rng.randint(10, 90), rng.choice([20, 40, 50, 90])
    _check(f"how many km does it go at {speed} mph in {minutes} minutes",
           speed * Fraction(minutes, 60) / MILES_PER_KM)
    _check(f"a train travels {speed * 3} km in 3 hours, what is its speed in m/s", Fraction(speed * 1000, 3600))


def test_a_trip_in_legs_a_missing_quantity_or_an_unknown_word_is_not_read():
    for text in ["a car goes 60 mph for 2 hours then 40 mph for 1 hour. how far", "how long to drive 300 km",
                 "a car goes 60 mph. how far", "how far apart are two cars going 60 mph for 2 hours",
                 "a car goes 60 mph for 2 hours. how far did it go in the first hour",
                 "120 km in 90 minutes, what is the speed", "a car goes 60 mph for 2 hours, how far and how fast"]:
        assert read_trip(text) is None, text


@pytest.mark.parametrize("seed", range(4))
def test_who_moves_may_be_said_again(seed):
    rng = random.Random(seed)
    speed, hours = rng.randint(20, 90), rng.randint(1, 6)
    _check(f"a car goes {speed} mph. it travels for {hours} hours. how far", Fraction(speed * hours))


@pytest.mark.parametrize("seed", range(4))
def test_a_time_said_as_it_takes(seed):
    rng = random.Random(seed)
    speed, hours = rng.randint(20, 90), rng.randint(1, 6)
    lead = rng.choice(["it takes", "it took me", "if it takes"])
    _check(f"{lead} {hours} hours to drive {speed * hours} km, what {rng.choice(['is the', 'was my'])} speed",
           Fraction(speed))


@pytest.mark.parametrize("seed", range(4))
def test_the_unit_asked_said_apart(seed):
    rng = random.Random(seed)
    speed, hours = rng.randint(2, 12), rng.randint(1, 5)
    _check(f"how long to walk {speed * hours} km at {speed} km/h in minutes", Fraction(hours * 60))
    _check(f"a car goes {speed * 10} mph for {hours} hours, how far in km", speed * 10 * hours / MILES_PER_KM)
    assert read_trip(f"a car goes {speed} mph for {hours} hours, how far in minutes") is None


def test_how_far_is_that_in_a_unit():
    _check("a car goes 60 mph for 2.5 hours. how far is that in km", 150 / MILES_PER_KM)
