"""Two numbers from their sum and difference, in English and Korean, checked against brute force."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.two_numbers import read_two_numbers


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 60), st.integers(0, 60))
def test_the_larger_and_smaller_number_are_found(first, second):
    larger, smaller = max(first, second), min(first, second)
    text = f"The sum of two numbers is {larger + smaller} and their difference is {larger - smaller}."
    result = solve_math(text)
    assert result.verified, result.reason
    found = [(int(s["x"]), int(s["y"])) for s in result.value["solutions"]]
    brute = [(a, b) for a in range(121) for b in range(121) if a + b == larger + smaller and a - b == larger - smaller]
    assert found == brute == [(larger, smaller)]


@pytest.mark.parametrize("text", ["두 수의 합이 52이고 차가 18일 때 두 수를 구하시오",
                                  "the difference between two numbers is 18, and their sum is 52"])
def test_other_wordings(text):
    result = solve_math(text)
    assert result.verified and result.value["solutions"] == [{"x": "35", "y": "17"}]


def test_a_product_is_not_read_as_a_difference():
    assert read_two_numbers("the sum of two numbers is 10 and their product is 21") is None
