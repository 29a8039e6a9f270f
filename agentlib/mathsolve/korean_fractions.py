"""Fractions read aloud in Korean: "3분의 1" is 1/3 (the denominator is said first), "2와 3분의 1" is 2 + 1/3.

Only a number, "분의", a number is respelled, so "30분" (minutes) and "3분 뒤" stay as typed; the fraction is
written in parentheses so that it stays one operand beside the spoken operators (더하기, 곱하기, ...).
A denominator of zero is left alone for the formula reader to refuse.
"""

from __future__ import annotations

import re

_NUMBER = r"\d+(?:\.\d+)?"
_MIXED = re.compile(rf"(?<![\d.])(?P<whole>{_NUMBER})\s*(?:와|과)\s*(?P<denominator>{_NUMBER})\s*분의\s*"
                    rf"(?P<numerator>{_NUMBER})(?![\d.])")
_FRACTION = re.compile(rf"(?<![\d.])(?P<denominator>{_NUMBER})\s*분의\s*(?P<numerator>{_NUMBER})(?![\d.])")


def spell_korean_fractions(text: str) -> str:
    """`text` with each "a분의 b" written (b/a), and "w와 a분의 b" written (w + b/a)."""
    if "분의" not in text:
        return text
    text = _MIXED.sub(lambda m: f"({m['whole']} + {m['numerator']}/{m['denominator']})", text)
    return _FRACTION.sub(lambda m: f"({m['numerator']}/{m['denominator']})", text)
