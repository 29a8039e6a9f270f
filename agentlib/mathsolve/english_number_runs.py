"""English numbers said in several words, written as digits before the request is read ("one hundred twenty
divided by eight": 120 / 8; "the square root of one hundred forty four": √144; "five kilometres in twenty five
minutes": 5 km in 25 minutes).

A voice assistant's transcript spells numbers out. A run of number words is written as one number only when it is
one number in the usual order (`calculator_percent.spoken_number`: hundreds, then tens, then units, a scale word
after each group at most once); a run that is not ("five twenty", "one two three") is left as written, and the
readers after this one abstain on it as before. "and" joins only after "hundred", "thousand" or "million" ("one
hundred and twenty"): between two numbers it is a list ("the product of twenty and five" is 20 · 5, never 25).
A single word is written as digits only from ten up ("ninety", "forty-two"): "one" and "a" are often no number at
all ("which one", "one die"), and the operator readers already take single small words beside an operator word;
after "nearest" a word names a place value ("to the nearest ten") and stays a word.
Left out: fractions and decimals in words ("three point five") and ordinals.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.calculator_percent import spoken_number
from agentlib.numwords import CARDINALS, TENS

_SCALE_WORDS = ("hundred", "thousand", "million")
_WORD = r"(?:" + "|".join(sorted([*CARDINALS, *TENS], key=len, reverse=True)) + r")(?:-(?:" + \
    "|".join(CARDINALS) + r"))?|" + "|".join(_SCALE_WORDS)
# (after "nearest" a number word names a place, not a number: "round 47 to the nearest ten")
# (Dutch fixed phrases open with "ten": "ten opzichte van x" is "with respect to x", never 10)
_DUTCH_TEN = r"(?!\s+(?:opzichte|minste|hoogste|slotte|eerste|tweede|derde|behoeve|aanzien|gevolge)\b)"
_RUN = re.compile(rf"(?<!nearest )\b(?:{_WORD})(?:(?:\s+and)?\s+(?:{_WORD}))*\b{_DUTCH_TEN}", re.IGNORECASE)
_AND_AFTER_A_SCALE = re.compile(rf"\b(?!(?:{'|'.join(_SCALE_WORDS)})\s+and\b)\w+\s+and\b", re.IGNORECASE)


def spell_english_number_runs(text: str) -> str:
    """`text` with each run of English number words that makes one number of ten or more written as its digits."""
    return _RUN.sub(_digits, text)


def _digits(match: re.Match[str]) -> str:
    words = match.group(0)
    if _AND_AFTER_A_SCALE.search(words):
        return words  # "twenty and five": two numbers
    value = spoken_number(re.sub(r"\s+", " ", words.lower()))
    if value is None or value < 10:
        return words
    return str(value)


__all__ = ["spell_english_number_runs"]
