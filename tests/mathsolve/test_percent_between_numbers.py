""""%" between two operands ("10 % 3", "what is 10% 3", "17%5 + 1") is a programmer's remainder or a percent of
the number after it; a chat box gives no way to tell, so the request is asked back (failure "ambiguous"), as "7 x 8"
is. Regression (a verified wrong answer's risk): "what is 10 % 3" was verified as 1 (the remainder) where Wolfram
reads 0.3. The readings that stay certain are checked on the same numbers: "a mod b" is the remainder, "a% of b"
and "a% * b" a percent of b, "b + a%" the calculator's increase."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

SPACINGS = ["{a} % {b}", "{a}%{b}", "{a}% {b}", "{a} %{b}", "{a} % ({b})", "{a} % {b} + 1"]
LEADS = ["", "what is ", "whats ", "hey can u do "]


@settings(max_examples=20, deadline=None)
@given(st.integers(2, 99), st.integers(2, 99), st.sampled_from(SPACINGS), st.sampled_from(LEADS))
def test_percent_sign_between_two_operands_is_asked_back(a, b, spacing, lead):
    result = solve_math(lead + spacing.format(a=a, b=b))
    assert (result.status, result.failure) == ("abstained", "ambiguous"), (lead + spacing.format(a=a, b=b),
                                                                          result.answer)


@settings(max_examples=10, deadline=None)
@given(st.integers(2, 99), st.integers(2, 99))
def test_the_certain_readings_of_the_same_numbers_stay_read(a, b):
    expected = {f"what is {a} mod {b}": Fraction(a % b), f"what is {a}% of {b}": Fraction(a * b, 100),
                f"what is {a} % of {b}": Fraction(a * b, 100), f"what is {a}% * {b}": Fraction(a * b, 100)}
    for text, value in expected.items():
        result = solve_math(text)
        assert result.status == "verified" and Fraction(result.value["expression"]) == value, (text, result.answer)
