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
