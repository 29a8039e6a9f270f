"""Quantities in text, parsed to numbers so "1.5 million" == "1,500,000" and "two" == 2.

Finds digit numbers (commas, decimals, currency signs, %), scale words and suffixes (thousand,
million, bn, k), and number words up to the hundreds ("twenty-five", "a dozen"). Values are
floats; comparison is numeric with a small relative tolerance for rounding.
Left out: fractions in words ("two thirds"), roman numerals, ranges as one value.
"""

from __future__ import annotations

import re

from agentlib.numwords import CARDINALS, TENS

_UNITS = {**CARDINALS, "dozen": 12}
_TENS = TENS
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}
_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_SCALE = "|".join(sorted(_SCALES, key=len, reverse=True))
_WORD_SEPARATOR = re.compile(r"[\s-]+")
_PATTERN = re.compile(
    rf"(?<![\w.])(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s?(?P<dscale>{_SCALE})\b)?"
    rf"|\b(?P<words>(?:{_WORD})(?:[\s-](?:{_WORD}))?)\b(?:\s(?P<wscale>hundred|thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)


def find_numbers(text: str) -> list[float]:
    """Every quantity in `text` as a float, in order of appearance."""
    values: list[float] = []
    for match in _PATTERN.finditer(text):
        if match.group("digits"):
            value = float(match.group("digits").replace(",", ""))
            scale = match.group("dscale")
            if scale and not (len(scale) == 1 and scale.lower() == scale and scale not in ("k", "m", "b")):
                value *= _SCALES[scale.lower()]
        else:
            words = match.group("words").lower()
            if words in ("one", "zero") and not match.group("wscale"):
                continue  # "one of them", "zero in on": pronoun-like far more often than a count
            value = _words_value(words)
            if match.group("wscale"):
                value *= _SCALES[match.group("wscale").lower()]
        values.append(value)
    return values


def _words_value(words: str) -> float:
    total = 0.0
    for part in _WORD_SEPARATOR.split(words):
        total += _UNITS.get(part, 0) + _TENS.get(part, 0)
    return total


def same_number(a: float, b: float, rel_tol: float = 0.005) -> bool:
    """Numerically equal within `rel_tol` (summaries round "6.75 billion" to "6.8 billion")."""
    return abs(a - b) <= rel_tol * max(abs(a), abs(b)) or a == b


def supported_number(value: float, source_values: list[float]) -> bool:
    """Whether `value` equals a source quantity, also allowing a percentage written as a fraction."""
    return any(same_number(value, v) or same_number(value, v * 100) or same_number(value * 100, v)
               for v in source_values)
