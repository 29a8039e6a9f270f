"""Whether one number is above or below another, asked for a yes or a no: "is 2/3 bigger than 3/5?", "is 2^10 more
than 1000", "does 7^3 exceed 300?", "is 5/8 at least 0.625". Fresh numbers and wordings, each keyed by exact rational
comparison; before, every one abstained (the words "bigger than" were unknown, and "is 2/3 > 3/5" had "no variable")."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

_WORDS = {">": ["bigger than", "greater than", "larger than", "more than", ">"],
          "<": ["smaller than", "less than", "lower than", "<"],
          ">=": ["at least", "greater than or equal to", "no less than", ">="],
          "<=": ["at most", "less than or equal to", "no more than", "<="]}
_HOLDS = {">": lambda a, b: a > b, "<": lambda a, b: a < b, ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b}

numbers = st.one_of(
    st.builds(lambda n, d: (f"{n}/{d}", Fraction(n, d)), st.integers(1, 40), st.integers(2, 12)),
    st.builds(lambda n: (f"{Fraction(n, 1000).numerator / Fraction(n, 1000).denominator:g}", Fraction(n, 1000)),
              st.integers(1, 3000).filter(lambda n: n % 10 != 0)),
    st.builds(lambda b, e: (f"{b}^{e}", Fraction(b ** e)), st.integers(2, 9), st.integers(2, 5)),
    st.builds(lambda n: (str(n), Fraction(n)), st.integers(0, 2000)),
)


@settings(max_examples=25, deadline=None)
@given(numbers, numbers, st.sampled_from(sorted(_WORDS)), st.integers(0, 3), st.integers(0, 2))
def test_an_order_between_two_numbers_is_answered_yes_or_no(left, right, relation, word, lead):
    (a_text, a), (b_text, b) = left, right
    words = _WORDS[relation][word % len(_WORDS[relation])]
    text = [f"Is {a_text} {words} {b_text}?", f"is it true that {a_text} {words} {b_text}",
            f"{a_text} {words} {b_text}, right?"][lead]
    result = solve_math(text)
    expected = "yes" if _HOLDS[relation](a, b) else "no"
    assert result.status == "verified" and str(result.answer).startswith(expected + ":"), (text, result.answer)


@settings(max_examples=8, deadline=None)
@given(st.integers(2, 9), st.integers(2, 4), st.integers(1, 900))
def test_exceed_is_strictly_greater(base, exponent, bound):
    result = solve_math(f"does {base}^{exponent} exceed {bound}?")
    expected = "yes" if base ** exponent > bound else "no"
    assert result.status == "verified" and str(result.answer).startswith(expected + ":")


def test_an_order_with_a_letter_or_two_order_words_is_not_read_as_one():
    assert solve_math("is x greater than 3").status != "verified"
    assert solve_math("is 3 > 2 > 1").status != "verified"
