"""Readings added for the twelfth everyday batch, each tested with fresh numbers and wording (not the batch items)."""

import pytest

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
