"""A list or point inside arithmetic is never answered with Python's tuple arithmetic (repetition, concatenation).

The bug: "(1,2)*3" was verified as "1, 2, 1, 2, 1, 2", "what is (1, 2) + (3, 4)" as "1, 2, 3, 4", and Spanish
"Calcula (2,5 + 1,5) * 2" (decimal commas in brackets: 8) as "2, 6, 5, 2, 6, 5". Generated lists, operators and
wordings; each must abstain. A list written alone is still listed.
"""

from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
numbers = st.integers(0, 99)
pairs = st.tuples(numbers, numbers).map(lambda p: f"({p[0]},{p[1]})")
leads = st.sampled_from(["", "what is ", "Calcula ", "Berechne ", "计算 "])


@given(leads, pairs, st.sampled_from(["*", "+"]), st.integers(2, 5), st.booleans())
@SETTINGS
def test_a_list_times_or_plus_a_number_is_never_answered(lead, pair, operator, factor, list_first):
    formula = f"{pair} {operator} {factor}" if list_first else f"{factor} {operator} {pair}"
    assert solve_math(lead + formula).status != "verified", lead + formula


@given(leads, pairs, pairs)
@SETTINGS
def test_two_lists_added_are_never_concatenated(lead, first, second):
    result = solve_math(f"{lead}{first} + {second}")
    assert result.status != "verified", (first, second, result.answer)


@given(st.integers(1, 9), st.integers(1, 9), st.integers(1, 9), st.integers(1, 9), st.integers(2, 5))
@SETTINGS
def test_decimal_commas_in_brackets_are_never_a_repeated_list(a, b, c, d, factor):
    result = solve_math(f"Calcula ({a},{b} + {c},{d}) * {factor}")
    expected = (a + Fraction(b, 10) + c + Fraction(d, 10)) * factor
    assert result.status != "verified" or parse_expression(result.value["expression"]) == expected, result.answer
