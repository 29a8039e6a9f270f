"""Percent change, the percent one number is of another, simple and compound interest, and a discount then a tax
in words (`percent_and_interest.py`); the expected values are computed here with exact fractions. Regression: these
everyday requests abstained ("words this reader does not know")."""

from __future__ import annotations

from fractions import Fraction

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


def _value(text: str) -> Fraction:
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    if result.value.get("decimal"):  # money is shown as its exact decimal ("109.3685272684360901")
        return Fraction(result.value["expression"])
    value = sp.Rational(sp.simplify(parse_expression(result.value["expression"])))
    return Fraction(int(value.p), int(value.q))


@given(st.integers(1, 500), st.integers(1, 500), st.sampled_from(["en", "ko", "change"]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_percent_change(old, new, wording):
    if old == new:
        return
    up = new > old
    if wording == "en":
        text = f"percent {'increase' if up else 'decrease'} from {old} to {new}"
    elif wording == "ko":
        text = f"{old}에서 {new}으로 {'늘었' if up else '줄었'}으면 몇 퍼센트 {'증가' if up else '감소'}한 건가요?"
    else:
        text = f"percentage change from {old} to {new}"
    expected = Fraction(new - old, old) * 100
    assert _value(text) == (expected if up or wording == "change" else -expected), text


def test_words_that_disagree_with_the_numbers_are_not_read():
    assert solve_math("percent decrease from 80 to 100").status == "abstained"


@pytest.mark.parametrize("whole, part", [(72, 18), (40, 30), (8, 3)])
def test_what_percent_in_korean(whole, part):
    assert _value(f"{whole}의 몇 %가 {part}인가요?") == Fraction(part, whole) * 100


@given(st.integers(100, 100000), st.integers(1, 20), st.integers(1, 30))
@settings(max_examples=20, deadline=None, derandomize=True)
def test_interest(principal, rate, years):
    simple = _value(f"simple interest on ${principal} at {rate}% for {years} years")
    assert simple == Fraction(principal * rate * years, 100)
    grown = _value(f"what will ${principal} grow to at {rate}% compound interest annually after {years} years")
    assert grown == principal * (1 + Fraction(rate, 100)) ** years


def test_a_discount_then_a_tax():
    text = "a jacket costs $60, it's 25% off and then 8% sales tax, what do I pay?"
    assert _value(text) == Fraction(60) * Fraction(75, 100) * Fraction(108, 100)


@pytest.mark.parametrize("seed", range(8))
def test_a_terminating_percent_is_shown_as_a_decimal(seed):
    """"25 is what percent of 200" is 12.5 (it was shown as 25/2); a percent that does not terminate stays exact."""
    import random
    from decimal import Decimal
    from fractions import Fraction

    from agentlib import solve_math

    rng = random.Random(seed)
    whole = rng.choice([8, 16, 40, 80, 200, 400])
    part = rng.randint(1, whole - 1)
    percent = Fraction(part, whole) * 100
    for text in (f"{part} is what percent of {whole}", f"what percent of {whole} is {part}",
                 f"percent change from {whole} to {whole + part}"):
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        shown = str(Decimal(percent.numerator) / Decimal(percent.denominator)).rstrip("0").rstrip(".") \
            if "." in str(Decimal(percent.numerator) / Decimal(percent.denominator)) else str(percent)
        assert result.answer == shown, (text, result.answer, shown)
    # one that never ends stays exact, its decimal beside it (the twenty-fourth batch: "1/3 as a percentage")
    assert solve_math("30 is what percent of 90").answer == "100/3 ≈ 33.3333"
