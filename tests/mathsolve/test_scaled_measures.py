"""Amounts with a unit scaled, split, added or converted (`scaled_measures.py`), as a cook scales a recipe. The
expected values come from exact fractions and the US kitchen definitions (1 cup = 16 tablespoons = 48 teaspoons),
never from the reader; amounts are typed as fractions, mixed numbers, decimals and whole numbers.

Regressions: "3/4 cup times 2.5", "double 2/3 cup", "half of 3/4 cup", "1 1/2 cups times 3", "how many tablespoons
in 1/4 cup" and "what's 3/4 of 2 cups" abstained (the twenty-second batch). Amounts of two dimensions abstain.
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

TEASPOONS = {"cup": 48, "cups": 48, "tablespoons": 3, "tbsp": 3, "teaspoons": 1, "tsp": 1}
AMOUNT = st.fractions(min_value=Fraction(1, 8), max_value=10, max_denominator=8)
KITCHEN = st.sampled_from(sorted(TEASPOONS))


def _typed(value: Fraction, style: int) -> str:
    """The amount as people type it: "3/4", "1 1/2", or a whole number."""
    if value.denominator == 1:
        return str(value.numerator)
    whole, rest = divmod(value.numerator, value.denominator)
    return f"{whole} {rest}/{value.denominator}" if whole and style else f"{value.numerator}/{value.denominator}"


def _value(text: str) -> Fraction:
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    value = sp.Rational(sp.nsimplify(result.value["expression"], rational=True))
    return Fraction(int(value.p), int(value.q))


@given(AMOUNT, KITCHEN, st.sampled_from(["2", "3", "2.5", "1.5", "4"]), st.integers(0, 1),
       st.sampled_from(["{a} {u} times {k}", "{a} {u} x {k}", "{k} times {a} {u}", "{a} {u} multiplied by {k}"]))
@settings(max_examples=50, deadline=None, derandomize=True)
def test_an_amount_scaled_by_a_number(amount, word, k, style, wording):
    text = wording.format(a=_typed(amount, style), u=word, k=k)
    assert _value(text) == amount * Fraction(k), text


@given(AMOUNT, KITCHEN, st.sampled_from([("double", 2), ("triple", 3), ("half of", Fraction(1, 2)),
                                         ("a third of", Fraction(1, 3)), ("3/4 of", Fraction(3, 4)),
                                         ("2/3 of", Fraction(2, 3))]), st.integers(0, 1))
@settings(max_examples=50, deadline=None, derandomize=True)
def test_doubles_halves_and_parts_of_an_amount(amount, word, share, style):
    text = f"{share[0]} {_typed(amount, style)} {word}"
    assert _value(text) == amount * share[1], text


@given(AMOUNT, KITCHEN, AMOUNT, KITCHEN, st.booleans(), st.integers(0, 1))
@settings(max_examples=50, deadline=None, derandomize=True)
def test_two_amounts_added_in_the_first_ones_unit(a, first, b, second, plus, style):
    text = f"{_typed(a, style)} {first} {'plus' if plus else 'minus'} {_typed(b, style)} {second}"
    b_in_first = b * TEASPOONS[second] / TEASPOONS[first]
    assert _value(text) == (a + b_in_first if plus else a - b_in_first), text


@given(AMOUNT, KITCHEN, KITCHEN, st.integers(0, 1),
       st.sampled_from(["how many {t} in {a} {u}", "convert {a} {u} to {t}", "how many {t} are in {a} {u}"]))
@settings(max_examples=50, deadline=None, derandomize=True)
def test_kitchen_conversions_of_fractional_amounts(amount, source, target, style, wording):
    if TEASPOONS[source] == TEASPOONS[target]:
        return
    text = wording.format(t=target, a=_typed(amount, style), u=source)
    assert _value(text) == amount * TEASPOONS[source] / TEASPOONS[target], text


def test_regressions_of_the_twenty_second_batch():
    assert _value("3/4 cup times 2.5") == Fraction(15, 8)
    assert _value("1 1/2 cups times 3") == Fraction(9, 2)
    assert _value("how many tablespoons in 1/4 cup") == 4
    assert _value("what's 3/4 of 2 cups") == Fraction(3, 2)


def test_amounts_of_two_dimensions_or_unknown_units_abstain():
    for text in ["3/4 cup plus 2 km", "1/2 cup plus 3 minutes", "3/4 cup times 0", "1/2 pinch times 2",
                 "how many cups in 1/2 pound"]:
        assert solve_math(text).status != "verified", text
