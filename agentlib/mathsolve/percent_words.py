"""The word for percent after a number, in the languages that write it out: "25 percent" (`spell_english_percent`:
so a chat word after the request, "25 percent of 200 lol", leaves it read as "25% of 200 lol" is), "30 Prozent",
"15 por ciento", "25 pour cent", "10 procent", "20 per cento", "20 por cento", "15 persen", "15 phần trăm", "15
процентов" are written "30%", ... before the request is read, so every reading of "%" (a percent of a number, a
discount) reads them.

Only digits, then the word, are respelled: "cinco por ciento" is `foreign_arithmetic.py`'s to refuse or read, and
a word for percent with no number before it stays a word. Hindi प्रतिशत, Arabic بالمئة, Thai เปอร์เซ็นต์ and Japanese
パーセント follow the number too. Turkish and Korean say the word before the number or
glued to it ("yüzde 25", "25퍼센트") and are read where their shapes are.
"""

from __future__ import annotations

import re

_WORDS = ("prozent", "procent", "pour cent", "pourcent", "per cento", "por cento", "por ciento", "persen",
          "phần trăm", "процентов", "процента", "процент", "प्रतिशत", "بالمئة", "في المئة", "بالمائة", "في المائة")
_PERCENT = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in _WORDS) +
                      r")(?![^\W\d_])", re.IGNORECASE)


# Thai and Japanese glue the next word to it ("20 เปอร์เซ็นต์ของ 150", "300の20パーセントは")
_GLUED_PERCENT = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:เปอร์เซ็นต์|เปอร์เซนต์|パーセント)")


# English, typed digits only: run before number words become digits, so "twenty percent" stays the words that
# `calculator_percent` reads as a whole request or not at all ("what's twenty percent" is of nothing)
_ENGLISH_PERCENT = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s+(?:percent|per\s+cent|pct)\b", re.IGNORECASE)


def spell_english_percent(text: str) -> str:
    """`text` with each typed number followed by "percent" / "per cent" / "pct" written as that number and "%"."""
    return _ENGLISH_PERCENT.sub(lambda match: f"{match.group(1)}%", text)


def spell_percent_words(text: str) -> str:
    """`text` with each number followed by a word for percent written as that number and "%"."""
    text = _PERCENT.sub(lambda match: f"{match.group(1)}%", text)
    return _GLUED_PERCENT.sub(lambda match: f"{match.group(1)}%", text)
