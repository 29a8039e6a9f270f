"""Ages and mixtures in words, checked against brute force over the unknown; impossible readings abstain."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.ages_and_mixtures import read_age_or_mixture
from agentlib.tools.safe_math import parse_expression

_WORDS = {2: "twice", 3: "three times", 4: "four times"}


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 20), st.sampled_from([2, 3, 4]), st.integers(1, 30))
def test_an_age_is_the_one_that_makes_the_sentence_true(later, k, earlier):
    text = f"In {later} years Omar will be {_WORDS[k]} as old as he was {earlier} years ago. How old is Omar now?"
    ages = [a for a in range(earlier, 500) if a + later == k * (a - earlier)]
    worded = read_age_or_mixture(text)
    if not ages:  # no whole age: the exact fraction is still the only solution
        assert worded is not None
        a = Fraction(later + k * earlier, k - 1)
        assert a + later == k * (a - earlier)
        return
    result = solve_math(text)
    assert result.verified and parse_expression(result.value["expression"]) == ages[0]


@pytest.mark.parametrize("text, expected", [
    ("How many ml of a 10% acid solution must be added to 300 ml of 40% acid solution to make a 25% solution?", 300),
    ("how many gallons of 5% solution should be mixed with 6 gallons of 15% solution to get a 12% mixture",
     Fraction(18, 7)),
])
def test_mixtures(text, expected):
    result = solve_math(text)
    assert result.verified, result.reason
    assert parse_expression(result.value["expression"]) == expected


@pytest.mark.parametrize("text", [
    "how many liters of 20% solution must be mixed with 10 liters of 50% solution to get a 60% solution",  # not between
    "how many liters of 20% solution must be mixed with 10 gallons of 50% solution to get a 30% solution",  # two units
    "in 5 years Ana will be twice as old as she was 10 years ago. how old is Ben now",  # another person
])
def test_impossible_or_unclear_readings_abstain(text):
    assert read_age_or_mixture(text) is None
