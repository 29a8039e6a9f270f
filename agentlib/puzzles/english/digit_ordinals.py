"""Ordinals typed in digits ("came in 2nd", "the 3rd seat", "Who was 1st?") spelled as the words the grammar reads
("second", "third", "first").

The same word in another spelling, so the change is sound; only a number from 1 to 10 with its own suffix ("1st",
"2nd", "3rd", "4th" ... "10th") is spelled out, and only as a whole word, so "2nd" in "B2nd" or a wrong suffix ("2th")
is left as typed.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import ORDINALS

_WORDS = {number: word for word, number in ORDINALS.items() if word.isalpha()}
_DIGITS = re.compile(r"\b(?P<number>10|[1-9])(?P<suffix>st|nd|rd|th)\b", re.I)


def _suffix(number: int) -> str:
    return "th" if 11 <= number <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def spelled_ordinals(text: str) -> str:
    """`text` with each ordinal typed in digits spelled as a word; the text as typed when it has none."""
    def spell(match: re.Match[str]) -> str:
        number = int(match.group("number"))
        if match.group("suffix").lower() != _suffix(number) or number not in _WORDS:
            return match.group(0)
        return _WORDS[number]

    return _DIGITS.sub(spell, text)
