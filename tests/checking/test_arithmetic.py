"""Exact bounded evaluation and the rounding-aware comparison."""

import time
from fractions import Fraction

import pytest

from agentlib.checking.arithmetic import NotArithmetic, compare, evaluate, format_number


@pytest.mark.parametrize("text, value, operations", [
    ("3 * 4", Fraction(12), 1),
    ("0.1 + 0.2", Fraction(3, 10), 1),
    ("frac(42, 12)", Fraction(7, 2), 1),
    ("pct(20) * 50", Fraction(10), 1),
    ("sqrt(49)", Fraction(7), 1),
    ("fact(5) / (4 * 2)", Fraction(15), 3),
    ("2^10", Fraction(1024), 1),
    ("-(3 - 5)", Fraction(2), 1),
    ("17", Fraction(17), 0),
])
def test_evaluate_exact_values(text, value, operations):
    result = evaluate(text)
    assert result.value == value
    assert result.operations == operations


@pytest.mark.parametrize("text", ["10^10^10", "9^999999", "fact(100000)", "1/0", "x + 1", "__import__('os')",
                                  "(1,2)", "sqrt(-1)", "2 **", "a.b", "[1] * 3"])
def test_evaluate_rejects_and_never_hangs(text):
    start = time.monotonic()
    with pytest.raises(NotArithmetic):
        evaluate(text)
    assert time.monotonic() - start < 1.0


@pytest.mark.parametrize("computed, claimed, decimals, approximate, verdict", [
    (Fraction(12), Fraction(12), 0, False, "verified"),
    (Fraction(48), Fraction(46), 0, False, "refuted"),
    (Fraction(10, 3), Fraction("3.33"), 2, False, "verified"),  # rounding
    (Fraction(2, 3), Fraction("0.66"), 2, False, "verified"),  # truncation
    (Fraction(10, 3), Fraction("3.5"), 1, False, "refuted"),
    (Fraction(7, 2), Fraction("3.6"), 1, False, "refuted"),  # regression: one unit off is not rounding
    (Fraction(-10, 3), Fraction("-3.33"), 2, False, "verified"),
    (Fraction(52500, 193), Fraction(272), 0, True, "verified"),  # "≈ 272"
    (Fraction(100, 3), Fraction(33), 0, False, "unchecked"),  # people round objects
    (Fraction(100, 3), Fraction(40), 0, True, "refuted"),
])
def test_compare(computed, claimed, decimals, approximate, verdict):
    assert compare(computed, claimed, decimals=decimals, approximate=approximate).verdict == verdict


def test_format_number():
    assert format_number(Fraction(48)) == "48"
    assert format_number(Fraction(7, 2)) == "3.5"
    assert format_number(Fraction(1, 3)).startswith("1/3")
