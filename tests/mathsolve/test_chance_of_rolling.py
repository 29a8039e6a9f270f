""""The probability of rolling a 6" with no die named is one fair die's roll (`chance_in_words.py`). Expected
chances come from enumerating the six faces here. Regression: the twentieth batch's "probability of rolling a 6"
abstained; a face no die has ("rolling a 7": two dice?) and two rolls ("a 6 twice") must still abstain.
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

EVENTS = [("a {k}", lambda f, k: f == k), ("a number greater than {k}", lambda f, k: f > k),
          ("a number less than {k}", lambda f, k: f < k), ("a multiple of {k}", lambda f, k: f % k == 0),
          ("an even number", lambda f, k: f % 2 == 0), ("an odd number", lambda f, k: f % 2 == 1)]


@given(st.sampled_from(EVENTS), st.integers(1, 6), st.sampled_from(["probability", "the probability", "the chance",
                                                                   "what is the probability", "what's the chance"]))
@settings(max_examples=40, deadline=None, derandomize=True)
def test_rolling_a_face_with_no_die_named_is_one_die(event, k, asked):
    words, test = event
    result = solve_math(f"{asked} of rolling {words.format(k=k)}")
    assert result.status == "verified", result.reason
    assert Fraction(result.value["expression"]) == Fraction(sum(1 for f in range(1, 7) if test(f, k)), 6)


def test_rolls_one_die_does_not_cover_abstain():
    for text in ("probability of rolling a 7", "probability of rolling a 6 twice", "probability of rolling a sum of 7"):
        assert solve_math(text).status != "verified", text
