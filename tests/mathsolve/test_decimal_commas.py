"""European decimal commas in arithmetic ("4,75 - 1,5"), against exact decimals; other commas are left alone."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.decimal_commas import spell_decimal_commas

_decimal = st.tuples(st.integers(0, 99), st.sampled_from(["5", "25", "75", "2", "05", "1234"]))


@settings(max_examples=12, deadline=None)
@given(_decimal, _decimal, st.sampled_from(["+", "-", "*"]), st.sampled_from(["{l} {op} {r}", "Berechne {l} {op} {r}",
                                                                             "Calcule {l} {op} {r}"]))
def test_decimal_comma_arithmetic_is_exact(left, right, op, wording):
    text = wording.format(l=f"{left[0]},{left[1]}", op=op, r=f"{right[0]},{right[1]}")
    a, b = Decimal(f"{left[0]}.{left[1]}"), Decimal(f"{right[0]}.{right[1]}")
    expected = {"+": a + b, "-": a - b, "*": a * b}[op]
    result = solve_math(text)
    assert result.verified and Fraction(result.value["expression"]) == Fraction(expected), (text, result.answer)


@pytest.mark.parametrize("text", ["lcm of 14,21", "4,500 + 2,5", "g(2,5) * 3", "6,5 + 1, 2", "[0,5] + 1"])
def test_a_comma_with_another_reading_is_left_alone(text):
    assert spell_decimal_commas(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Calcule 20% de 45,50", "9.1"), ("Calcula el 20 % de 12,5", "2.5"), ("Berechne 15 % von 12,80", "1.92"),
    ("Найдите 20% от 35,5", "7.1"), ("كم يساوي ٢٥٪ من ٨٠؟", "20"), ("احسب ١٥٪ من ٢٠٠", "30"),
    ("ما هو ٣٠٪ من ٢٠٠؟", "60"), ("Oblicz 2,5 · 4,5", "11.25"),
])
def test_percent_of_a_decimal_comma_or_in_arabic_digits(text, expected):
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert Fraction(result.value["expression"]) == Fraction(expected), (text, result.answer)


def test_percent_of_a_decimal_comma_in_english_abstains():
    assert solve_math("What is 20% of 45,50").status != "verified"  # a list, or 45.50 in an English sentence?
