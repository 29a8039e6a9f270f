"""Compound measurements (`compound_quantities.py`): feet and inches, pounds and ounces, hours, minutes and
seconds, converted or added, in English wordings and Korean. Expected values come from the definitions (1 inch =
2.54 cm, 1 lb = 0.45359237 kg = 16 oz, 1 hour = 60 minutes) in exact fractions, never from the reader.

Regressions: "5 ft 3 in in cm", "3 lb 4 oz in kg", "how many minutes in 2 and a half hours" and "1 hour 30 minutes
plus 45 minutes" abstained (the twentieth batch); a compound whose units grow ("3 in 5 ft") must not be read.
"""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

INCH_M = Fraction(254, 10000)
LENGTH_M = {"cm": Fraction(1, 100), "meters": Fraction(1), "inches": INCH_M, "feet": 12 * INCH_M,
            "mm": Fraction(1, 1000)}
POUND_KG = Fraction(45359237, 10**8)
MASS_KG = {"kg": Fraction(1), "grams": Fraction(1, 1000), "pounds": POUND_KG, "ounces": POUND_KG / 16}
SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600}


def _value(text: str) -> Fraction:
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    value = sp.Rational(sp.nsimplify(result.value["expression"], rational=True))
    return Fraction(int(value.p), int(value.q))


FEET = st.sampled_from([("ft", "in"), ("feet", "inches"), ("foot", "inch"), ("ft", "inches")])
ASKED = st.sampled_from(["{m} in {u}", "convert {m} to {u}", "how many {u} is {m}", "what is {m} in {u}",
                         "how many {u} are in {m}"])


@given(st.integers(1, 9), st.integers(1, 11), FEET, st.sampled_from(["cm", "inches", "meters", "mm"]), ASKED)
@settings(max_examples=40, deadline=None, derandomize=True)
def test_feet_and_inches_convert_by_the_definition_of_the_inch(feet, inches, words, target, asked):
    text = asked.format(m=f"{feet} {words[0]} {inches} {words[1]}", u=target)
    assert _value(text) == (feet * 12 + inches) * INCH_M / LENGTH_M[target], text


@given(st.integers(1, 9), st.integers(0, 11), st.integers(1, 9), st.integers(0, 11), st.booleans())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_sums_and_differences_of_feet_and_inches(f1, i1, f2, i2, plus):
    text = f"what is {f1} ft {i1} in {'plus' if plus else 'minus'} {f2} ft {i2} in in inches"
    sign = 1 if plus else -1
    assert _value(text) == f1 * 12 + i1 + sign * (f2 * 12 + i2), text


@given(st.integers(1, 20), st.integers(1, 15), st.sampled_from([("lb", "oz"), ("pounds", "ounces")]),
       st.sampled_from(list(MASS_KG)))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_pounds_and_ounces(pounds, ounces, words, target):
    if target in ("pounds", "ounces"):
        return
    text = f"{pounds} {words[0]} {ounces} {words[1]} in {target}"
    assert _value(text) == (pounds * MASS_KG["pounds"] + ounces * MASS_KG["ounces"]) / MASS_KG[target], text


@given(st.integers(1, 12), st.integers(1, 59), st.integers(1, 59), st.booleans(), st.sampled_from(list(SECONDS)))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_durations_in_hours_minutes_and_seconds(hours, minutes, extra, joined, target):
    text = f"how many {target} is {hours} hours {'and ' if joined else ''}{minutes} minutes plus {extra} minutes"
    assert _value(text) == Fraction((hours * 3600 + (minutes + extra) * 60), SECONDS[target]), text


@given(st.integers(1, 10), st.sampled_from(["minutes", "seconds"]))
@settings(max_examples=15, deadline=None, derandomize=True)
def test_and_a_half(hours, target):
    assert _value(f"how many {target} in {hours} and a half hours") == \
        Fraction(hours * 2 + 1, 2) * 3600 / SECONDS[target]


@given(st.integers(1, 7), st.integers(1, 11), st.sampled_from(["cm", "mm"]))
@settings(max_examples=15, deadline=None, derandomize=True)
def test_korean_feet_and_inches(feet, inches, target):
    assert _value(f"{feet}피트 {inches}인치는 몇 {target}") == (feet * 12 + inches) * INCH_M / LENGTH_M[target]


def test_feet_and_inches_in_prime_marks():
    assert _value("5'3\" in cm") == 63 * INCH_M * 100


def test_regression_a_compound_whose_units_grow_is_not_read():
    assert solve_math("3 in 5 ft in cm").status != "verified"
    assert solve_math("20 minutes 2 hours in seconds").status != "verified"


def test_units_of_two_dimensions_are_not_added():
    assert solve_math("5 ft 3 in plus 2 pounds in inches").status != "verified"


@pytest.mark.parametrize("seed", range(20))
def test_a_compound_length_scaled_by_a_number(seed):
    # "2 m 35 cm times 3, in cm": converted, then scaled; never multiplied as written (2 × 35 × 3)
    rng = random.Random(seed)
    metres, centimetres, by = rng.randint(1, 9), rng.randint(1, 99), rng.randint(2, 12)
    scaled = rng.choice([f"{metres} m {centimetres} cm times {by}", f"{by} times {metres} m {centimetres} cm",
                         f"{metres} m {centimetres} cm x {by}", f"{metres} m {centimetres} cm divided by {by}"])
    text = f"{scaled}{rng.choice(['', ','])} in cm"
    total = (100 * metres + centimetres) * (Fraction(1, by) if "divided" in scaled else by)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == sp.Rational(total.numerator, total.denominator), text


@pytest.mark.parametrize("text", ["2 m 35 cm plus 80 cm times 2 in cm", "3 times 2 m 35 cm plus 80 cm in cm",
                                  "2 m 35 cm times 3", "2 m 35 cm divided by 0 in cm"])
def test_a_scaled_sum_or_no_unit_asked_abstains(text):
    assert not solve_math(text).verified, text
