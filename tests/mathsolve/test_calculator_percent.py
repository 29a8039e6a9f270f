"""Percentages as typed into a calculator or said in words (`calculator_percent.py`): "10 minus 20%", "$80 plus 8%
tax", "12% of $1,250", "twenty percent of eighty", "3/8 as a percent", and "reduce 12/18". Expected values are
exact fractions computed here, never the reader's.

Regressions (the nineteenth and twentieth batches): each of these abstained ("12% of $1,250": the lone "$" was
read as the start of a LaTeX formula). A tax subtracted or a discount added must abstain.
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.calculator_percent import spoken_number
from agentlib.numwords import CARDINALS, TENS

UNITS = {value: word for word, value in CARDINALS.items()}
TENS_WORDS = {value: word for word, value in TENS.items()}


def _words(n: int) -> str:
    """English words for 0 <= n < 1,000,000, written independently of the reader's parser."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        return TENS_WORDS[n - n % 10] + (f"-{UNITS[n % 10]}" if n % 10 else "")
    if n < 1000:
        return f"{UNITS[n // 100]} hundred" + (f" and {_words(n % 100)}" if n % 100 else "")
    return f"{_words(n // 1000)} thousand" + (f" {_words(n % 1000)}" if n % 1000 else "")


def _value(text: str) -> Fraction | None:
    result = solve_math(text)
    if result.status != "verified":
        return None
    value = sp.Rational(sp.nsimplify(result.value["expression"], rational=True))
    return Fraction(int(value.p), int(value.q))


def _money(cents: int) -> str:
    return f"${cents // 100:,}" + (f".{cents % 100:02d}" if cents % 100 else "")


@given(st.integers(0, 999_999))
@settings(max_examples=60, deadline=None, derandomize=True)
def test_spoken_numbers_read_back(n):
    assert spoken_number(_words(n)) == n


def test_spoken_numbers_out_of_order_are_not_numbers():
    for words in ("hundred two", "five twenty", "thousand thousand", "two thousand thousand", "twenty twenty"):
        assert spoken_number(words) is None, words


@given(st.integers(1, 10_000), st.integers(1, 99), st.sampled_from(["+", "-", "plus", "minus"]),
       st.sampled_from(["", "what is ", "what's "]))
@settings(max_examples=40, deadline=None, derandomize=True)
def test_a_percent_after_plus_or_minus_is_a_percent_of_the_left_side(amount, rate, sign, lead):
    up = sign in ("+", "plus")
    expected = amount * (1 + (1 if up else -1) * Fraction(rate, 100))
    assert _value(f"{lead}{amount} {sign} {rate}%") == expected


@given(st.integers(100, 500_000), st.integers(1, 30), st.sampled_from(["tax", "sales tax", "tip"]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_money_plus_a_tax_or_tip(cents, rate, word):
    expected = Fraction(cents, 100) * (1 + Fraction(rate, 100))
    assert _value(f"{_money(cents)} plus {rate}% {word}") == expected


@given(st.integers(100, 5_000_000), st.integers(1, 99))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_a_percent_of_dollars_with_commas(cents, rate):
    assert _value(f"{rate}% of {_money(cents)}") == Fraction(rate, 100) * Fraction(cents, 100)


@given(st.integers(1, 100), st.integers(1, 5000), st.booleans())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_percents_in_words(rate, whole, whole_in_words):
    written = _words(whole) if whole_in_words else str(whole)
    assert _value(f"{_words(rate)} percent of {written}") == Fraction(rate, 100) * whole


@given(st.integers(1, 200), st.integers(1, 200), st.sampled_from(["{q} as a percent", "{q} as a percentage",
                                                                 "convert {q} to a percent", "what is {q} in percent"]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_fractions_as_percents(a, b, wording):
    assert _value(wording.format(q=f"{a}/{b}")) == Fraction(a, b) * 100


@given(st.integers(1, 100), st.integers(2, 100))
@settings(max_examples=20, deadline=None, derandomize=True)
def test_reduce_a_fraction(a, b):
    assert _value(f"reduce {a}/{b}") == Fraction(a, b)


def test_a_tax_subtracted_or_a_discount_added_abstains():
    assert _value("$80 minus 8% tax") is None
    assert _value("80 plus 20% off") is None


@given(st.integers(1, 100_000), st.integers(1, 99), st.sampled_from([("increase on", 1), ("markup on", 1),
                                                                     ("decrease from", -1), ("discount on", -1)]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_a_percent_change_on_an_amount(amount, rate, words):
    phrase, sign = words
    assert _value(f"what's a {rate}% {phrase} {amount}") == amount * (1 + sign * Fraction(rate, 100))


KOREAN_VERBS = [("늘리면", 1), ("올리면", 1), ("줄이면", -1), ("내리면", -1)]


@given(st.integers(1, 100_000), st.integers(1, 99), st.sampled_from(KOREAN_VERBS), st.sampled_from(["을", "원에서"]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_korean_percent_changes(amount, rate, words, particle):
    verb, sign = words
    assert _value(f"{amount}{particle} {rate}% {verb}?") == amount * (1 + sign * Fraction(rate, 100))
