"""Two numbers from their sum and difference, in several languages, checked against brute force."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.two_numbers import read_two_numbers


def _numbers(result) -> list[str]:  # noqa: ANN001 (a MathResult)
    assert result.verified, result.reason
    assert result.value["kind"] == "solutions"
    return result.value["values"]


@settings(max_examples=12, deadline=None)
@given(st.integers(0, 70), st.integers(0, 70))
def test_the_two_numbers_are_the_only_pair_with_that_sum_and_difference(first, second):
    larger, smaller = max(first, second), min(first, second)
    text = f"The sum of two numbers is {larger + smaller} and their difference is {larger - smaller}. Find the numbers."
    brute = [(a, b) for a in range(141) for b in range(141) if a + b == larger + smaller and a - b == larger - smaller]
    assert brute == [(larger, smaller)]
    assert _numbers(solve_math(text)) == [str(larger), str(smaller)]


def test_an_odd_total_gives_halves():
    assert _numbers(solve_math("the sum of two numbers is 15 and their difference is 2")) == ["17/2", "13/2"]


@pytest.mark.parametrize("text", [
    "두 수의 합이 46이고 차가 12일 때 두 수를 구하시오",
    "두 수의 합이 46이고, 차가 12이면 두 수는 무엇인가요?",
    "the difference between two numbers is 12, and their sum is 46. what are the two numbers?",
    "La suma de dos números es 46 y su diferencia es 12. ¿Cuáles son los números?",
    "La somme de deux nombres est 46 et leur différence est 12. Trouve ces nombres.",
    "Die Summe zweier Zahlen ist 46 und ihre Differenz ist 12. Wie lauten die Zahlen?",
    "2つの数の和が46で、差が12のとき、2つの数を求めなさい。",
    "两个数的和是46，差是12，求这两个数。",
])
def test_other_wordings_and_languages(text):
    assert _numbers(solve_math(text)) == ["29", "17"]


def test_the_system_is_shown_with_the_answer():
    request = read_two_numbers("the sum of two numbers is 46 and their difference is 12")
    assert request is not None and request.shown == ("x + y = 46", "x - y = 12")


@pytest.mark.parametrize("text", [
    "the sum of two numbers is 10 and their product is 21",
    "the sum of two numbers is 10 and their quotient is 4",
    "두 수의 합이 10이고 곱이 21일 때 두 수를 구하시오",
])
def test_other_relations_are_not_read_as_a_difference(text):
    assert read_two_numbers(text) is None
