"""Numbers said in several English words (`english_number_runs.py`): "one hundred twenty divided by eight", "the
square root of one hundred forty four". The words are written here independently of the reader, and each
answer is checked against exact arithmetic; "and" between two numbers keeps them two numbers.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.numwords import CARDINALS, TENS

UNITS = {value: word for word, value in CARDINALS.items()}
TENS_WORDS = {value: word for word, value in TENS.items()}


def _words(n: int, british: bool) -> str:
    """English words for 0 <= n < 1,000,000 ("and" after hundred when `british`)."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        return TENS_WORDS[n - n % 10] + (f" {UNITS[n % 10]}" if n % 10 else "")
    if n < 1000:
        joiner = " and " if british else " "
        return f"{UNITS[n // 100]} hundred" + (f"{joiner}{_words(n % 100, british)}" if n % 100 else "")
    return f"{_words(n // 1000, british)} thousand" + (f" {_words(n % 1000, british)}" if n % 1000 else "")


def _value(text: str) -> Fraction | None:
    result = solve_math(text)
    if result.status != "verified":
        return None
    value = sp.Rational(result.value["expression"])
    return Fraction(int(value.p), int(value.q))


@settings(max_examples=30, deadline=None)
@given(st.integers(10, 999_999), st.integers(1, 999), st.booleans(),
       st.sampled_from([("plus", lambda a, b: a + b), ("minus", lambda a, b: a - b),
                        ("times", lambda a, b: a * b), ("divided by", lambda a, b: Fraction(a, b))]))
def test_spoken_numbers_of_several_words_are_computed_exactly(a, b, british, operation):
    word, apply = operation
    text = f"what is {_words(a, british)} {word} {_words(b, british)}"
    assert _value(text) == apply(a, b), text


@settings(max_examples=15, deadline=None)
@given(st.integers(2, 99))
def test_the_square_root_of_a_spoken_square(root):
    assert _value(f"what is the square root of {_words(root * root, False)}") == root


@settings(max_examples=15, deadline=None)
@given(st.integers(20, 99).filter(lambda n: n % 10), st.integers(2, 9))
def test_and_between_two_spoken_numbers_keeps_them_two(tens_and_units, other):
    text = f"the product of {_words(tens_and_units - tens_and_units % 10, False)} and {UNITS[other]}"
    found = _value(text)
    assert found in (None, (tens_and_units - tens_and_units % 10) * other), (text, found)


def test_words_that_make_no_one_number_are_not_read_as_one():
    for text in ("what is five twenty plus one", "what is one two three times four"):
        assert solve_math(text).status != "verified", text


@settings(max_examples=15, deadline=None)
@given(st.integers(-9999, 9999))
def test_a_place_named_after_nearest_stays_a_place(number):
    # Regression: "round 0 to the nearest ten" abstained once "ten" was written as 10
    result = solve_math(f"round {number} to the nearest ten")
    assert result.status == "verified" and sp.Integer(result.value["expression"]) == 10 * round(Fraction(number, 10))\
        or number % 10 == 5  # a half: the rounding rule is the rounding tests' business


@pytest.mark.parametrize("power", [2, 3, 5])
def test_dutch_ten_opzichte_van_is_no_number(power: int) -> None:
    """"ten opzichte van x" is Dutch for "with respect to x": read as 10, the request abstained on 'opzichte'."""

    result = solve_math(f"Bepaal de afgeleide van x^{power} ten opzichte van x")
    assert result.status == "verified" and result.answer.replace(" ", "") == (f"{power}*x^{power - 1}" if power > 2 else "2*x"), \
        (result.answer, result.reason)
