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
