"""A fraction said in words as an operand ("half of three quarters", "a quarter plus a half", "two thirds times 9",
"the square root of a quarter"): read as the fraction. Regression: "three quarters" was read only in "three quarters
of N", so "half of three quarters" left "quarters" an unknown word. Generated with fresh counts, denominators and
operators, keyed by `Fraction`; a count that disagrees with its noun ("two third") stays unread."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

COUNTS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
NOUNS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"), 5: ("fifth", "fifths"),
         8: ("eighth", "eighths")}


def _said(count: int, denominator: int, article: bool) -> str:
    singular, plural = NOUNS[denominator]
    if count == 1:
        return f"{'a' if article else 'one'} {singular}"
    return f"{COUNTS[count]} {plural}"


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 5), st.sampled_from(sorted(NOUNS)), st.integers(1, 5), st.sampled_from(sorted(NOUNS)),
       st.sampled_from([("plus", Fraction.__add__), ("minus", Fraction.__sub__), ("times", Fraction.__mul__)]),
       st.booleans(), st.sampled_from(["what is ", "whats ", "hey what's "]))
def test_two_worded_fractions_with_a_spoken_operator(a, p, b, q, operator, article, lead):
    word, apply = operator
    text = f"{lead}{_said(a, p, article)} {word} {_said(b, q, article)}"
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert parse_expression(result.value["expression"]) == apply(Fraction(a, p), Fraction(b, q)), (text, result.answer)


@settings(max_examples=10, deadline=None)
@given(st.integers(1, 5), st.sampled_from(sorted(NOUNS)), st.booleans())
def test_half_of_a_worded_fraction(count, denominator, article):
    text = f"what's half of {_said(count, denominator, article)}"
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert parse_expression(result.value["expression"]) == Fraction(count, denominator) / 2, (text, result.answer)


def test_a_count_that_disagrees_with_its_noun_stays_unread():
    for text in ("what is two third plus 1", "what is one thirds plus 1"):
        assert solve_math(text).status != "verified", text
