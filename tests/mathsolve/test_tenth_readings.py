"""Readings added for the tenth everyday batch, each tested with fresh numbers and wording (not the batch items)."""

import pytest

from agentlib import solve_math


@pytest.mark.parametrize("text, answer", [
    ("y = -2x^2 + 8x - 3 의 최댓값은?", "5"),
    ("f(x) = x^2 + 10x + 30 의 최솟값을 구해줘", "5"),
    ("what is the maximum value of y = 6x - x^2", "9"),
    ("minimum of f(x) = 3x^2 - 12x + 1", "-11"),
])
def test_extremum_of_a_function_given_as_its_graph_is_the_extremum_of_its_right_side(text, answer):
    result = solve_math(text)
    assert result.verified and result.answer == answer, (result.answer, result.reason)


def test_extremum_of_a_graph_with_a_second_relation_abstains():
    assert not solve_math("maximum of y = x + 1 = 4").verified


def test_korean_zeros_of_a_function_are_its_roots():
    result = solve_math("함수 h(x) = x^2 - 2x - 24 의 영점을 구하시오")
    assert result.verified and result.value["values"] == ["-4", "6"], result.answer


def test_surd_is_the_number_itself():
    result = solve_math("simplify the surd √200")
    assert result.verified and result.answer == "10*sqrt(2)"


@pytest.mark.parametrize("text, answer", [
    ("rationalize 4/(√7 + √3)", "sqrt(7) - sqrt(3)"),
    ("rationalise the denominator of 10/√5", "2*sqrt(5)"),
    ("6/(3 - √3) 의 분모를 유리화하시오", "sqrt(3) + 3"),
])
def test_rationalizing_a_denominator_leaves_a_rational_denominator(text, answer):
    import sympy as sp

    result = solve_math(text)
    assert result.verified, result.reason
    assert sp.simplify(sp.sympify(result.value["expression"]) - sp.sympify(answer)) == 0
    assert sp.fraction(sp.together(sp.sympify(result.value["expression"])))[1].is_rational


@pytest.mark.parametrize("text", ["find the denominator of 5/8", "5/8 의 분모를 구하시오",
                                  "rationalize 1/(1 + 3^(1/3))", "rationalize 1/(y - √5)"])
def test_denominator_outside_rationalizing_and_roots_that_stay_abstain(text):
    assert not solve_math(text).verified
