"""Regressions of the twenty-fourth batch, over fresh variants: an operator word with one side missing ("what's
twelve times") answered the number alone; a fraction as a percentage whose decimal never ends ("1/3 as a
percentage") answered 100/3 with no decimal in sight. Expected values are computed here with `fractions`.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.numwords import CARDINALS

WORDS = {value: word for word, value in CARDINALS.items() if 2 <= value <= 19}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(sorted(WORDS)), st.booleans(), st.sampled_from(["what's {} times", "what is {} times",
                                                                        "{} times", "times {}", "calculate {} times"]))
def test_a_product_missing_a_factor_abstains(n, in_words, shape):
    result = solve_math(shape.format(WORDS[n] if in_words else n))
    assert result.status != "verified", (shape, n, result.answer)


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(sorted(WORDS)), st.sampled_from(sorted(WORDS)))
def test_a_product_with_both_factors_still_reads(a, b):
    result = solve_math(f"what's {WORDS[a]} times {WORDS[b]}")
    assert result.status == "verified" and sp.Integer(result.value["expression"]) == a * b


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 40), st.integers(2, 60), st.sampled_from(["percentage", "percent", "%"]))
def test_a_percentage_that_never_ends_shows_its_decimal_beside_the_exact_value(p, q, word):
    exact = Fraction(p, q) * 100
    result = solve_math(f"{p}/{q} as a {word}")
    assert result.status == "verified", result.reason
    assert sp.Rational(result.value["expression"]) == sp.Rational(exact.numerator, exact.denominator)
    reduced = exact.denominator
    for prime in (2, 5):
        while reduced % prime == 0:
            reduced //= prime
    if reduced != 1:  # never ends: the rounded decimal is shown too
        shown = (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(Decimal("0.0001"), ROUND_HALF_UP)
        assert result.value.get("approximately") == str(shown).rstrip("0").rstrip("."), result.answer
        assert result.value["approximately"] in result.answer


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 23 * 60 + 59), st.integers(1, 23 * 60), st.sampled_from(["how many minutes between {} and {}",
                                                                               "how much time between {} and {}"]))
def test_a_span_between_two_times_of_day_on_the_24_hour_clock(start, length, wording):
    end = (start + length) % (24 * 60)
    text = wording.format(f"{start // 60:02d}:{start % 60:02d}", f"{end // 60:02d}:{end % 60:02d}")
    result = solve_math(text)
    if start + length >= 24 * 60:  # across midnight with no a.m./p.m.: abstaining is the clock reader's rule
        assert result.status != "verified" or result.value["minutes"] == length, (text, result.answer)
        return
    assert result.status == "verified", (text, result.reason)
    assert result.value["minutes"] == length, (text, result.answer)
