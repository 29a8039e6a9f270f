"""Unit conversions (`units.py`) and congruences (`congruences.py`): generated amounts, right ones verified,
wrong ones refuted with the right amount, and the writings that are no conversion left alone."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.checking.checker import check_trace
from agentlib.checking.congruences import check_congruences
from agentlib.checking.report import Rule
from agentlib.checking.units import check_conversions

_PAIRS = [("hours", "minutes", 60), ("minutes", "seconds", 60), ("days", "hours", 24), ("weeks", "days", 7),
          ("feet", "inches", 12), ("yards", "feet", 3), ("pounds", "ounces", 16), ("kilograms", "grams", 1000),
          ("meters", "centimeters", 100), ("kilometers", "meters", 1000), ("gallons", "quarts", 4),
          ("dollars", "cents", 100), ("liters", "milliliters", 1000)]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_PAIRS), st.integers(1, 500), st.sampled_from(["{a} {u} = {b} {v}", "{a} {u} is {b} {v}.",
                                                                       "that is {a} {u}, which is {b} {v}"]),
       st.integers(-3, 3))
def test_generated_conversions_are_recomputed(pair, amount, template, slip):
    big, small, factor = pair
    text = template.format(a=amount, u=big, b=amount * factor + slip, v=small)
    [claim] = check_conversions(text)
    assert claim.rule is Rule.UNITS
    assert claim.verdict == ("verified" if slip == 0 else "refuted")
    if slip:
        assert claim.correct == f"{amount} {big} is {amount * factor} {small}"


def test_unit_facts_and_rounded_metric_conversions():
    assert [c.verdict for c in check_conversions("There are 12 inches in a foot and 24 hours in a day.")] == ["verified"] * 2
    assert [c.verdict for c in check_conversions("There are 100 minutes in an hour.")] == ["refuted"]
    assert [c.verdict for c in check_conversions("1 mile = 1.6 km and 1 inch = 2.54 cm")] == ["verified"] * 2
    assert [c.verdict for c in check_conversions("$1.50 is 150 cents")] == ["verified"]


@pytest.mark.parametrize("text", [
    "2 hours is 30 minutes longer than the trip.",      # a comparison, not the same amount
    "5 feet 6 inches = 66 inches",                      # a compound amount
    "He played 0.5 hours * 14 days = 7 hours.",         # an operand of a computation
    "The first 3 miles is 20 minutes of walking.",      # two dimensions
    "3 hours = 180 minutes * 2 = 360 minutes",          # the second amount is an operand
    "It takes 2 hours is 60 miles an hour",             # a rate
])
def test_what_is_no_conversion_is_left_alone(text):
    assert check_conversions(text) == []


def test_a_wrong_conversion_is_the_first_wrong_step():
    problem = "A movie lasts 2.5 hours and a break lasts 15 minutes. How many minutes in all?"
    report = check_trace(problem, ["The movie is 2.5 hours = 140 minutes.", "In all 140 + 15 = 155 minutes."])
    assert report.first_error_step == 1
    assert report.explanation == "Step 1: 2.5 hours = 140 minutes is wrong; 2.5 hours is 150 minutes."


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 12), st.integers(2, 10**6), st.integers(2, 97), st.integers(0, 3))
def test_generated_congruences_are_evaluated_exactly(base, exponent, modulus, slip):
    remainder = pow(base, exponent, modulus)
    claimed = (remainder + slip) % modulus
    [claim] = check_congruences(rf"so \({base}^{{{exponent}}} \equiv {claimed} \pmod{{{modulus}}}\)")
    assert claim.verdict == ("verified" if claimed == remainder else "refuted")
    assert claim.rule is Rule.CONGRUENCE


def test_chains_remainders_and_what_is_left_alone():
    chain = r"\(3^{100} \equiv (3^4)^{25} \equiv 81^{25} \equiv 1^{25} \equiv 1 \pmod{5}\)"
    assert [c.verdict for c in check_congruences(chain)] == ["verified"] * 4
    assert [c.verdict for c in check_congruences(r"\(6! \equiv 5 \pmod 7\)")] == ["refuted"]
    assert [c.verdict for c in check_congruences("so 17 mod 5 = 2, and 17 mod 5 = 3.")] == ["verified", "refuted"]
    [remainder] = check_congruences("The remainder when $2^{10}$ is divided by 7 is 3.")
    assert (remainder.verdict, remainder.correct) == ("refuted", "2^{10} leaves 2 mod 7")
    assert check_congruences(r"\(a^2 \equiv 1 \pmod 8\)") == []  # letters: a theorem, not a computation
    assert check_congruences(r"\(2^{10} \not\equiv 3 \pmod 7\)") == []
    assert check_congruences(r"\(\frac{1}{2} \equiv 4 \pmod 7\)") == []  # division mod m is left out
    assert check_congruences(r"\(2^{2^{1000}} \equiv 1 \pmod 3\)") == []  # the exponent is too large to write out


def test_huge_exponents_stay_cheap():
    [claim] = check_congruences(r"\(7^{10^{18}} \equiv 1 \pmod{10}\)")
    assert claim.verdict == "verified"
    assert Fraction(pow(7, 10**18, 10)) == 1


def test_m_is_metres_beside_another_length_unit_and_nothing_else():
    from agentlib.checking.units import check_conversions
    assert [r.verdict for r in check_conversions("so the plank is 35 cm = 35 m wide")] == ["refuted"]
    assert "0.35 m" in check_conversions("so the plank is 35 cm = 35 m wide")[0].correct
    assert [r.verdict for r in check_conversions("that is 4.2 m = 4200 mm")] == ["verified"]
    assert check_conversions("she waits 45 min = 0.75 m") == []  # not two units of one dimension: unread
