"""Rounding as people ask for it, in English and Korean, against Python's `decimal` (an independent rounding);
and rounding phrases that are part of the problem, which are never silently removed."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.rounding import Rounding, read_rounding

_KOREAN_ORDINALS = {1: "첫", 2: "둘", 3: "셋", 4: "넷"}
_DECIMALS = st.decimals(min_value=Decimal("-9999"), max_value=Decimal("9999"), places=6, allow_nan=False,
                        allow_infinity=False)


def _expected(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@settings(max_examples=30, deadline=None)
@given(_DECIMALS, st.integers(1, 4), st.data())
def test_decimal_places_in_any_wording(value, places, data):
    ordinal = _KOREAN_ORDINALS[places]
    wordings = [f"round {value} to {places} decimal places", f"What is {value} to {places} d.p.?",
                f"{value} correct to {places} decimal places", f"Round off {value}, to {places} dp",
                f"{value}을 소수 {ordinal}째 자리까지 나타내시오", f"{value}를 반올림하여 소수 {ordinal}째 자리까지 구하시오"]
    if places < 4:
        wordings.append(f"{value}를 소수 {_KOREAN_ORDINALS[places + 1]}째 자리에서 반올림하시오")
    text = data.draw(st.sampled_from(wordings))
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert Decimal(result.answer) == _expected(value, places), text


@settings(max_examples=20, deadline=None)
@given(st.integers(-99999, 99999), st.sampled_from([("ten", 1), ("hundred", 2), ("thousand", 3)]))
def test_to_the_nearest_ten_hundred_thousand(number, unit):
    word, zeros = unit
    result = solve_math(f"Round {number} to the nearest {word}.")
    assert result.status == "verified"
    assert Decimal(result.answer) == _expected(Decimal(number), -zeros)


@settings(max_examples=20, deadline=None)
@given(st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("99999"), places=5), st.integers(1, 5))
def test_significant_figures(value, figures):
    result = solve_math(f"{value} to {figures} significant figures")
    assert result.status == "verified"
    expected = Decimal(f"{float(_sig(value, figures)):.{figures + 8}g}")
    assert Decimal(result.answer) == expected


def _sig(value: Decimal, figures: int) -> Decimal:
    exponent = value.adjusted()
    rounded = _expected(value, figures - 1 - exponent)
    if rounded.adjusted() > exponent:  # 9.96 -> 10.0: one figure fewer after the point
        rounded = _expected(value, figures - 2 - exponent)
    return rounded


def test_a_bare_round_means_the_nearest_whole_number():
    assert solve_math("round 4.5").answer == "5"
    assert solve_math("7.49를 반올림하면?").answer == "7"


def test_each_solution_is_rounded():
    result = solve_math("solve x^2 - 3x + 1 = 0, give your answer to 2 decimal places")
    assert result.status == "verified"
    assert result.answer == "x = 0.38 or x = 2.62"


def test_a_statistic_is_rounded():
    assert solve_math("mean of 2, 4 and 7 rounded to 2 decimal places").answer == "4.33"


@pytest.mark.parametrize("text", [
    "If x rounded to the nearest integer is 5, what is the largest x?",
    "A number rounded to 2 decimal places is 3.14; what could it be",
])
def test_a_rounding_phrase_inside_the_problem_is_refused(text):
    assert isinstance(read_rounding(text), str)
    assert solve_math(text).status == "abstained"


def test_two_precisions_abstain():
    assert isinstance(read_rounding("round 3.14159 to 2 decimal places to 3 significant figures"), str)


def test_the_phrase_and_its_verb_are_removed_from_the_rest():
    assert read_rounding("Round 1234.567 to the nearest hundred.") == Rounding("1234.567 .", -2, None)
