"""Readings added for the twelfth everyday batch, each tested with fresh numbers and wording (not the batch items)."""

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math


@pytest.mark.parametrize("text, variable", [
    ("7p - 2q = 1 을 q 에 대하여 풀어라", "q"),
    ("u + 4w = 9 를 u 에 대해 푸시오", "u"),
])
def test_korean_spaced_particle_names_the_variable_to_solve_for(text, variable):
    result = solve_math(text)
    assert result.verified and result.value["variable"] == variable, (result.answer, result.reason)


def test_one_equation_with_two_unknowns_named_abstains():
    assert not solve_math("p, q 에 대하여 3p - q = 2 를 풀어라").verified


@pytest.mark.parametrize("text, answer", [
    ("p(s) = s^3 + 2s 일 때 p'(1) 의 값을 구하시오", "5"),
    ("if q(x) = cos(x), what is q''(0)?", "-1"),
    ("given r(x) = x^5, find r'''(x)", "60*x^2"),
    ("m(u) = u^4; find m′(2)", "32"),
])
def test_primed_call_of_a_defined_function_is_its_derivative(text, answer):
    result = solve_math(text)
    assert result.verified and result.answer == answer, (result.answer, result.reason)


def test_primed_call_of_an_undefined_function_abstains():
    assert not solve_math("p'(2) where q(x) = x^2").verified


@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(-6, 6), min_size=2, max_size=4), st.integers(1, 2), st.integers(-3, 3))
def test_primed_call_agrees_with_sympy(coefficients, order, point):
    x = sp.Symbol("x")
    body = sum(c * x**k for k, c in enumerate(coefficients))
    primes = "'" * order
    result = solve_math(f"if w(x) = {sp.sstr(body)}, find w{primes}({point})")
    assert result.verified, result.reason
    assert sp.sympify(result.value["expression"]) == sp.diff(body, x, order).subs(x, point)
