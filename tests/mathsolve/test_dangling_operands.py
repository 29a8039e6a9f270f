"""A request that stops at a word whose operand comes after it ("what is 15% of", "15 divided by") abstains: the
word is not filler to drop. The bug: "what is 15% of" was answered 0.15 and "what is 15 divided by" 15."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

LEADS = ["what is", "whats", "calculate", "pls work out", "what's", ""]


def _value(result) -> Fraction:  # noqa: ANN001 (a MathResult)
    return Fraction(result.value["expression"])


@pytest.mark.parametrize("seed", range(12))
def test_a_request_cut_before_its_operand_abstains_and_the_whole_one_reads(seed):
    rng = random.Random(seed)
    lead = rng.choice(LEADS)
    a, b = rng.randint(2, 95), rng.randint(2, 400)
    written, cut, exact = rng.choice([(f"{a}% of {b}", f"{a}% of", Fraction(a, 100) * b),
                                      (f"{b} divided by {a}", f"{b} divided by", Fraction(b, a)),
                                      (f"2/3 of {b}", "2/3 of", Fraction(2, 3) * b)])
    stop = rng.choice(["", "?", " ?"])
    whole = solve_math(f"{lead} {written}{stop}".strip())
    assert whole.verified and _value(whole) == exact, (written, whole.answer)
    partial = solve_math(f"{lead} {cut}{stop}".strip())
    assert not partial.verified, (cut, partial.answer)


def test_regression_a_percent_with_its_whole_missing_was_answered_as_the_bare_percentage():
    assert not solve_math("what is 15% of").verified
    assert solve_math("what is 15%").verified  # a bare percentage is still read
