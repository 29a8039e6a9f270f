"""Terms and sums of listed sequences and of the first N odd/even/natural numbers, against brute force."""

from fractions import Fraction

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math


def _value(result) -> sp.Expr:  # noqa: ANN001 (a MathResult)
    from agentlib.tools.safe_math import parse_expression

    assert result.verified, (result.status, result.reason)
    return parse_expression(result.value["expression"])


def _listed(first: int, step: int, geometric: bool, count: int) -> list[int]:
    return [first * step**k if geometric else first + k * step for k in range(count)]


def _ordinal(k: int) -> str:
    return f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"


@settings(max_examples=12, deadline=None)
@given(st.integers(-20, 20), st.integers(-5, 6), st.booleans(), st.integers(4, 15),
       st.sampled_from(["what's the {o} term of {l}, ...", "{l}, ... 의 제{k}항을 구하시오",
                        "find the {o} term in {l} ..."]))
def test_a_listed_sequence_term_is_the_continued_pattern(first, step, geometric, k, wording):
    if geometric and (first == 0 or step in (0, 1)):
        return
    listed = ", ".join(map(str, _listed(first, step, geometric, 3)))
    result = solve_math(wording.format(o=_ordinal(k), k=k, l=listed))
    assert _value(result) == _listed(first, step, geometric, k)[-1]


@settings(max_examples=10, deadline=None)
@given(st.integers(-20, 20), st.integers(-5, 6), st.booleans(), st.integers(1, 12),
       st.sampled_from(["sum of the first {k} terms of {l}, ...", "{l}, ... 의 첫째항부터 제{k}항까지의 합"]))
def test_a_listed_sequence_partial_sum_is_the_sum_of_its_terms(first, step, geometric, k, wording):
    if geometric and (first == 0 or step in (0, 1)):
        return
    listed = ", ".join(map(str, _listed(first, step, geometric, 3)))
    result = solve_math(wording.format(k=k, l=listed))
    assert _value(result) == sum(_listed(first, step, geometric, k))


def test_the_general_term_reproduces_the_listed_terms():
    n = sp.Symbol("n")
    general = _value(solve_math("find the nth term of 12, 7, 2, ..."))
    assert [general.subs(n, k) for k in (1, 2, 3, 10)] == [12, 7, 2, -33]
    halves = _value(solve_math("nth term of 48, 24, 12, ..."))
    assert [halves.subs(n, k) for k in (1, 2, 3, 6)] == [48, 24, 12, Fraction(3, 2)]


@settings(max_examples=10, deadline=None)
@given(st.integers(1, 60), st.sampled_from([("odd", "홀수", lambda k: 2 * k - 1), ("even", "짝수", lambda k: 2 * k),
                                            ("natural", "자연수", lambda k: k)]), st.booleans())
def test_the_sum_of_the_first_numbers_of_a_family(count, family, korean):
    english, hangul, member = family
    text = f"처음 {count}개의 {hangul}의 합은?" if korean else f"what is the sum of the first {count} {english} numbers"
    assert _value(solve_math(text)) == sum(member(k) for k in range(1, count + 1))


def test_a_list_that_fits_no_rule_abstains():
    result = solve_math("the 8th term of 2, 3, 5, 8, ...")
    assert not result.verified and "neither arithmetic nor geometric" in result.reason
