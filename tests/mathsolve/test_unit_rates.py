"""One rate applied once (`unit_rates.py`), and unit prices with the noun left out after the count
(`shop_arithmetic.py`): doses, prices per unit, fuel and trip times, mpg and speed from two amounts. Expected values
are exact fractions computed here; a unit that is not one of the rate's two must abstain.
"""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

AMOUNTS = st.integers(1, 500)
DOSE_UNITS = [("mg", "ml"), ("mcg", "ml"), ("units", "ml"), ("mg", "tablets")]


def _value(text: str) -> Fraction | None:
    result = solve_math(text)
    if result.status != "verified":
        return None
    value = sp.Rational(sp.nsimplify(result.value["expression"], rational=True))
    return Fraction(int(value.p), int(value.q))


@settings(max_examples=30, deadline=None)
@given(AMOUNTS, AMOUNTS, AMOUNTS, st.sampled_from(DOSE_UNITS), st.booleans())
def test_a_dose_by_one_rate_either_way(a, b, c, units, forward):
    first, second = units
    if forward:
        text, expected = f"{a} {first} per {b} {second}, how many {second} for {c} {first}", Fraction(c * b, a)
    else:
        text, expected = f"{a} {first} per {b} {second}, how many {first} in {c} {second}", Fraction(c * a, b)
    assert _value(text) == expected, text


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 999), AMOUNTS, st.sampled_from(["gallon", "pound", "liter"]), st.sampled_from(["a", "per"]))
def test_a_price_per_unit(cents, c, unit, per):
    text = f"${cents / 100:.2f} {per} {unit}, how much for {c} {unit}s"
    assert _value(text) == Fraction(cents, 100) * c, text


@settings(max_examples=20, deadline=None)
@given(AMOUNTS, AMOUNTS, st.sampled_from([("miles", "mph", "how long"), ("km", "km/h", "how long"),
                                          ("miles", "mpg", "how many gallons")]))
def test_a_trip_at_one_rate(distance, rate, units):
    unit, rate_words, asked = units
    text = f"{asked} to drive {distance} {unit} at {rate} {rate_words}"
    assert _value(text) == Fraction(distance, rate), text


@settings(max_examples=20, deadline=None)
@given(AMOUNTS, AMOUNTS)
def test_mpg_and_speed_from_two_amounts(miles, other):
    assert _value(f"mpg if I drove {miles} miles on {other} gallons") == Fraction(miles, other)
    assert _value(f"average speed if I drove {miles} miles in {other} hours") == Fraction(miles, other)


@settings(max_examples=20, deadline=None)
@given(st.integers(2, 12), st.integers(1, 999), st.integers(1, 30), st.sampled_from(["pens", "notebooks", "cups"]))
def test_a_unit_price_with_the_noun_left_out(count, cents, wanted, noun):
    expected = Fraction(cents, 100) / count * wanted
    for text in (f"{count} {noun} cost ${cents / 100:.2f}, how much for {wanted}",
                 f"if {count} {noun} cost ${cents / 100:.2f}, how much do {wanted} cost"):
        assert _value(text) == expected, text


def test_units_that_are_not_the_rates_abstain():
    for text in ("250 mg per 5 ml, how many ml for 1 g", "gas is $3.49 a gallon, how much for 12 liters",
                 "mpg if I drove 300 km on 12 gallons",
                 "3 pens cost $4.50, how much for 7 pencils", "speed if I ran 10 km in 50 minutes"):
        assert solve_math(text).status != "verified", text
    # a trip's time in minutes is converted exactly from the speed's hours (`trip_clauses`): 2 hours
    assert solve_math("how many minutes to drive 100 miles at 50 mph").value["expression"] == "120"


def test_an_amount_of_thousands_of_digits_is_an_answer_not_a_crash():
    # Regression: Fraction() of a 5,000-digit amount raised ValueError (int() refuses past 4,300 digits)
    big = "9" * 5000
    for text in (f"250 mg per 5 ml, how many ml for {big} mg", f"how long to drive {big} km at 70 km/h",
                 f"mpg if I drove {big} miles on 12 gallons", f"${big} a gallon, how much for 3 gallons"):
        assert solve_math(text).status != "verified", text


@pytest.mark.parametrize("seed", range(10))
def test_a_rate_asked_after_the_trip_is_distance_over_fuel_or_time(seed):
    rng = random.Random(seed)
    per, amount = rng.randint(12, 60), rng.randint(2, 30)
    distance = per * amount
    text, expected = rng.choice([
        (f"car goes {distance} miles on {amount} gallons, whats the mpg", per),
        (f"i drove {distance} miles on {amount} gallons, what's my mpg", per),
        (f"we drove {distance} km in {amount} hours, whats our average speed", per),
    ])
    result = solve_math(text)
    assert result.verified and result.value["expression"] == str(expected), (text, result.answer)


def test_a_rate_asked_after_a_trip_in_other_units_is_not_read():
    assert not solve_math("car goes 240 miles on 8 liters, whats the mpg").verified
