"""Decimals in, a decimal out: arithmetic written with decimal points answers as the exact decimal.

Fresh variants: random decimals and operators and wordings, the expected digits computed with Python's
`decimal` module (exact for + - ×), never by agentlib. A result that does not terminate keeps its fraction.
"""

import random
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

WORDINGS = ("{}", "what is {}", "what's {}", "calculate {}", "compute {}")


def _decimal(rng: random.Random) -> str:
    places = rng.randint(1, 3)
    return f"{rng.randint(0, 999)}.{rng.randint(1, 10 ** places - 1):0{places}d}"


def _written(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@pytest.mark.parametrize("seed", range(24))
def test_sum_difference_product_of_decimals_is_the_exact_decimal(seed):
    rng = random.Random(seed)
    a, b = _decimal(rng), _decimal(rng)
    op = rng.choice("+-*")
    exact = {"+": Decimal(a) + Decimal(b), "-": Decimal(a) - Decimal(b), "*": Decimal(a) * Decimal(b)}[op]
    result = solve_math(rng.choice(WORDINGS).format(f"{a} {op} {b}"))
    assert result.verified, result.reason
    if exact == exact.to_integral_value():
        assert Fraction(result.value["expression"]) == Fraction(exact)
    else:
        assert result.value["expression"] == _written(exact), (a, op, b, result.answer)


@pytest.mark.parametrize("seed", range(8))
def test_a_result_that_does_not_terminate_keeps_its_fraction(seed):
    rng = random.Random(seed)
    a = _decimal(rng)
    q = rng.choice((3, 7, 9, 11))
    result = solve_math(f"{a} + 1/{q}")
    assert result.verified
    assert Fraction(result.value["expression"]) == Fraction(a) + Fraction(1, q)
    assert "/" in result.value["expression"]


def test_regression_point_one_plus_point_two_was_answered_as_three_tenths():
    result = solve_math("0.1 + 0.2")
    assert result.verified and result.value["expression"] == "0.3"


def test_integers_and_fractions_without_a_decimal_point_keep_their_form():
    assert solve_math("3/8 + 1/8").value["expression"] == "1/2"
    assert solve_math("2.5 * 4").value["expression"] == "10"


@settings(max_examples=15, deadline=None)
@given(st.integers(1, 999), st.sampled_from(["convert 0.{d} to a fraction", "what is 0.{d} as a fraction",
                                             "write 0.{d} as a fraction in simplest form", "0.{d}를 분수로 나타내시오"]))
def test_a_decimal_asked_as_a_fraction_stays_a_fraction(digits, wording):
    # Regression: decimals typed in were written back as decimals even when the request asked for a fraction
    # ("convert 0.375 to a fraction" answered 0.375, a verified non-answer)
    result = solve_math(wording.format(d=f"{digits:03d}"))
    value = Fraction(f"0.{digits:03d}")
    assert result.status == "verified"
    assert result.answer == (str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}")


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 2000), st.sampled_from(["write {p}% as a fraction", "{p}% as a fraction", "{p} % as a fraction",
                                              "write {p}% as a fraction in simplest form", "write {p}% as a decimal",
                                              "{p}% as a decimal", "convert {p}% to a fraction"]))
def test_a_percent_asked_as_a_fraction_or_a_decimal_is_its_number(tenths, wording):
    # the bug: "write 45% as a fraction" and "45% as a fraction" were not read (only "what is 45% as a fraction")
    percent = Fraction(tenths, 10)
    written = f"{tenths // 10}" if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10}"
    result = solve_math(wording.format(p=written))
    value = percent / 100
    assert result.status == "verified", (wording, result.reason)
    if "decimal" in wording:
        assert Fraction(result.answer) == value, (wording, written, result.answer)
    else:
        assert result.answer == (str(value.numerator) if value.denominator == 1 else
                                 f"{value.numerator}/{value.denominator}"), (wording, written, result.answer)


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 40), st.integers(2, 30), st.data(),
       st.sampled_from(["convert {m} to an improper fraction", "write {m} as an improper fraction",
                        "{m} as an improper fraction"]))
def test_a_mixed_number_as_an_improper_fraction(whole, denominator, data, wording):
    # the bug: "convert 2 1/2 to an improper fraction" was not read ("improper" was no word the reader knew)
    numerator = data.draw(st.integers(1, denominator - 1))
    result = solve_math(wording.format(m=f"{whole} {numerator}/{denominator}"))
    value = whole + Fraction(numerator, denominator)
    assert result.status == "verified", result.reason
    assert result.answer == f"{value.numerator}/{value.denominator}" if value.denominator != 1 else str(value)


@settings(max_examples=25, deadline=None)
@given(st.integers(-300, 300), st.integers(2, 40),
       st.sampled_from(["convert {f} to a mixed number", "write {f} as a mixed number", "{f} as a mixed number",
                        "what is {f} as a mixed fraction"]))
def test_a_fraction_asked_as_a_mixed_number_is_shown_so(numerator, denominator, wording):
    # the bug: "convert 7/2 to a mixed number" was answered 7/2, verified (the words "mixed number" were dropped)
    value = Fraction(numerator, denominator)
    result = solve_math(wording.format(f=f"{numerator}/{denominator}"))
    assert result.status == "verified", result.reason
    assert Fraction(result.value["expression"]) == value
    whole, _, rest = result.answer.lstrip("-").partition(" ")
    if rest:  # "W a/b" with a proper fraction, the sign in front
        shown = (int(whole) + Fraction(rest)) * (-1 if result.answer.startswith("-") else 1)
        assert Fraction(rest) < 1 and shown == value, result.answer
    else:  # a whole number or a proper fraction has no other mixed form
        assert Fraction(result.answer) == value and (value.denominator == 1 or abs(value) < 1), result.answer
