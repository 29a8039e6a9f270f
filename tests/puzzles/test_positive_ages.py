"""A living person's age is more than nothing: "Ann is twice as old as Bo. Is Ann older than Bo?" was verified
"cannot be determined" (ages of 0 were allowed). Key: for any positive age of the second person, k times it is
larger when k > 1 and smaller when k < 1. Counts stay non-negative ("twice as many apples" as none is none).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from agentlib.puzzles.english.family import solve

FACTORS = {"twice": Fraction(2), "three times": Fraction(3), "half": Fraction(1, 2)}


@pytest.mark.parametrize(("factor", "pair"), [(f, p) for f in FACTORS for p in (("Ann", "Bo"), ("Cy", "Dee"))])
def test_a_multiple_of_a_positive_age_is_ordered(factor, pair):
    a, b = pair
    older = all(FACTORS[factor] * age > age for age in (Fraction(1, 3), Fraction(7), Fraction(90)))
    verdict = solve(f"{a} is {factor} as old as {b}. Is {a} older than {b}?")
    assert verdict.status == "verified" and verdict.answer == ("yes" if older else "no")


def test_a_multiple_of_a_count_may_be_none():
    verdict = solve("Sue has twice as many apples as Tim. Does Sue have more apples than Tim?")
    assert verdict.status == "verified" and verdict.answer == "cannot be determined"
