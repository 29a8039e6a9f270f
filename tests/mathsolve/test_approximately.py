"""A conversion whose exact value never terminates shows its decimal beside it (`approximately.py`).

Expected values come from the unit definitions (1 mile = 1609.344 m, 1 inch = 0.0254 m, 1 lb = 0.45359237 kg) in
exact fractions, and the shown decimal from rounding that fraction half up by integer arithmetic, never from the
reader. Regression: "convert 10 km to miles" answered 78125/12573 alone (the twenty-second batch): right, but not
what a person converting units can read.
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

METRES = {"km": Fraction(1000), "miles": Fraction("1609.344"), "inches": Fraction("0.0254"),
          "feet": Fraction("0.3048"), "cm": Fraction(1, 100), "yards": Fraction("0.9144")}
KILOGRAMS = {"kg": Fraction(1), "pounds": Fraction("0.45359237"), "grams": Fraction(1, 1000)}
PAIRS = [(a, b, METRES) for a in METRES for b in METRES if a != b] + \
    [(a, b, KILOGRAMS) for a in KILOGRAMS for b in KILOGRAMS if a != b]


def _four_places(value: Fraction) -> str:
    scaled = abs(value) * 10**4
    whole, rest = divmod(scaled.numerator, scaled.denominator)
    whole += 2 * rest >= scaled.denominator
    text = f"{whole // 10**4}.{whole % 10**4:04d}".rstrip("0").rstrip(".")
    return ("-" if value < 0 else "") + text


def _terminates(value: Fraction) -> bool:
    q = value.denominator
    for p in (2, 5):
        while q % p == 0:
            q //= p
    return q == 1


@given(st.integers(1, 500), st.sampled_from(PAIRS), st.sampled_from(["convert {v} {a} to {b}", "{v} {a} in {b}"]))
@settings(max_examples=60, deadline=None, derandomize=True)
def test_a_conversion_keeps_its_exact_value_and_shows_its_decimal(number, pair, wording):
    source, target, sizes = pair
    text = wording.format(v=number, a=source, b=target)
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    exact = number * sizes[source] / sizes[target]
    found = sp.nsimplify(result.value["expression"], rational=True)
    assert found == sp.Rational(exact.numerator, exact.denominator), text
    if _terminates(exact):
        assert "≈" not in result.answer, (text, result.answer)
    else:
        assert result.answer.endswith(f" ≈ {_four_places(exact)}"), (text, result.answer)
        assert result.value["approximately"] == _four_places(exact)


def test_regression_ten_km_in_miles_shows_the_decimal():
    result = solve_math("convert 10 km to miles")
    assert result.verified and result.value["expression"] == "78125/12573"
    assert result.answer == "78125/12573 ≈ 6.2137"


def test_plain_arithmetic_is_not_given_a_decimal_it_did_not_ask_for():
    result = solve_math("1/3 + 1/3")
    assert result.verified and result.answer == "2/3"
