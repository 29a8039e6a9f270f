""""12의 약수는?" and "the divisors of 12" ask for the divisors themselves: they were answered with their count (6), a
verified wrong answer. Counting ("약수의 개수", "how many divisors") and summing stay as they were. Fresh numbers,
answers by trial division here."""

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math


def _divisors(n):
    return [d for d in range(1, n + 1) if n % d == 0]


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 5_000), st.sampled_from(["{n}의 약수를 모두 구하시오", "{n}의 약수는?", "find all divisors of {n}",
                                                "what are the divisors of {n}", "the positive divisors of {n}"]))
def test_the_divisors_themselves(n, wording):
    result = solve_math(wording.format(n=n))
    assert result.status == "verified"
    assert [int(v) for v in result.to_dict()["value"]["values"]] == _divisors(n)


@settings(max_examples=10, deadline=None)
@given(st.integers(1, 5_000), st.sampled_from([("{n}의 약수의 개수는?", len), ("how many divisors does {n} have", len),
                                                ("{n}의 약수의 합", sum)]))
def test_counting_and_summing_divisors(n, ask):
    wording, combine = ask
    result = solve_math(wording.format(n=n))
    assert result.status == "verified" and int(result.to_dict()["value"]["expression"]) == combine(_divisors(n))


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 5_000), st.sampled_from(["list the factors of {n}", "what are all the factors of {n}?",
                                                "list all the divisors of {n}", "all positive factors of {n}",
                                                "find all of the factors of {n}", "list the positive factors of {n}"]))
def test_the_factors_asked_as_a_list_are_the_divisors(n, wording):
    # the bug: "list the factors of 36" and "what are all the factors of 28" were not read ("factors" alone stays
    # unread: it may mean the prime factors)
    result = solve_math(wording.format(n=n))
    assert result.status == "verified", result.reason
    assert [int(v) for v in result.to_dict()["value"]["values"]] == _divisors(n)


def test_the_factors_alone_or_of_a_polynomial_are_not_listed_as_divisors():
    assert not solve_math("what r the factors of 12").verified  # prime factors or all divisors: not certain
    assert not solve_math("list all the factors of x^2 - 5x + 6").verified
