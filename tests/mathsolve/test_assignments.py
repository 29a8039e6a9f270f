"""Values given in words or in chains are substituted: "when m is 6", "k가 3일 때", "if p = 2, q = -1 and r = 4"."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.assignments import spell_assignments


def _value(result) -> Fraction:  # noqa: ANN001 (a MathResult)
    assert result.verified, (result.status, result.reason)
    return Fraction(result.value["expression"])


@settings(max_examples=15, deadline=None)
@given(st.integers(-9, 9), st.integers(-9, 9), st.integers(-9, 9), st.integers(-9, 9),
       st.sampled_from(["evaluate {e} when m is {v}", "what is {e} if m equals {v}", "{e} where m is equal to {v}",
                        "m가 {v}일 때 {e} 의 값은?", "m은 {v}일 때 {e}의 값을 구하시오"]))
def test_a_value_given_with_a_copula_is_substituted(a, b, c, v, wording):
    expression = f"{a}m^2 + {b}m + {c}".replace("+ -", "- ")
    result = solve_math(wording.format(e=expression, v=v))
    assert _value(result) == a * v * v + b * v + c


@settings(max_examples=10, deadline=None)
@given(st.integers(-7, 7), st.integers(-7, 7), st.integers(-7, 7),
       st.sampled_from(["if p = {p}, q = {q} and r = {r}, evaluate p^2 - q r",
                        "if p is {p} and q is {q} and r is {r}, what is p^2 - q r",
                        "p = {p}, q = {q}, r = {r} 일 때 p^2 - q r 의 값을 구하시오",
                        "p는 {p}, q는 {q}, r은 {r}일 때 p^2 - q r 의 값은?"]))
def test_a_chain_of_assignments_is_substituted_together(p, q, r, wording):
    result = solve_math(wording.format(p=p, q=q, r=r))
    assert _value(result) == p * p - q * r


@pytest.mark.parametrize("text", ["when x is large, what is 1/x", "x가 0으로 갈 때 sin(x)/x 의 극한",
                                  "if x is a root of x^2 - 4, find x"])
def test_only_a_letter_given_a_number_is_rewritten(text):
    assert spell_assignments(text) == text


def test_a_system_of_equations_joined_by_and_is_not_a_chain_of_values():
    result = solve_math("solve y = 2x + 1 and y = x + 3")
    assert result.verified and result.value["kind"] == "systems"
