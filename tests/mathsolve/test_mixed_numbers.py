"""Mixed numbers ("3 2/5") in arithmetic, against exact fractions; shapes that are not mixed numbers stay."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.mixed_numbers import spell_mixed_numbers

_proper = st.integers(2, 12).flatmap(lambda b: st.tuples(st.integers(0, 20), st.integers(1, b - 1), st.just(b)))


@settings(max_examples=15, deadline=None)
@given(_proper, _proper, st.sampled_from(["+", "-", "*"]),
       st.sampled_from(["{l} {op} {r}", "what is {l} {op} {r}?", "{l} {op} {r} 를 계산하시오"]))
def test_mixed_number_arithmetic_is_exact(left, right, op, wording):
    def shown(m: tuple[int, int, int]) -> str:
        return f"{m[0]} {m[1]}/{m[2]}"

    def value(m: tuple[int, int, int]) -> Fraction:
        return m[0] + Fraction(m[1], m[2])

    result = solve_math(wording.format(l=shown(left), op=op, r=shown(right)))
    expected = {"+": value(left) + value(right), "-": value(left) - value(right), "*": value(left) * value(right)}[op]
    assert result.verified and Fraction(result.value["expression"]) == expected, (result.answer, result.reason)


@pytest.mark.parametrize("text", ["y^3 2/7", "4.5 1/3", "6 9/4", "1 5 2/3", "8 1/2y", "7 1/3^2"])
def test_not_a_mixed_number_is_left_as_written(text):
    assert spell_mixed_numbers(text) == text
