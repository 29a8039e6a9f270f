"""Proportions with colons ("a:b = c:d") read as a/b = c/d and solved, checked against the cross product computed
here; clock times and lone ratios are left as written."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.proportions import spell_proportions
from agentlib.tools.safe_math import parse_expression


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 40), st.integers(1, 40), st.integers(1, 40), st.sampled_from([0, 1, 2, 3]))
def test_a_proportion_with_one_unknown_is_solved_by_its_cross_product(p, q, r, place):
    terms = [str(p), str(q), str(r)]
    terms.insert(place, "y")
    text = f"solve {terms[0]}:{terms[1]} = {terms[2]}:{terms[3]}"
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    # y's place decides the cross product a·d = b·c
    expected = {0: Fraction(p * q, r), 1: Fraction(p * r, q), 2: Fraction(p * r, q), 3: Fraction(q * r, p)}[place]
    assert [parse_expression(v) for v in result.value["values"]] == [expected]


@pytest.mark.parametrize("text", ["what time is 2 hours after 10:30", "split 90 in the ratio 4:5",
                                  "1:2:3 = 2:4:6", "x+1:2 = 3:4", "2 * 3:4 = 6:8"])
def test_text_that_is_not_a_proportion_of_plain_terms_stays(text):
    assert spell_proportions(text) == text


def test_a_proportion_inside_a_sentence_is_rewritten():
    assert spell_proportions("if 7:x = 21:9, what is x?") == "if (7)/(x) = (21)/(9), what is x?"
