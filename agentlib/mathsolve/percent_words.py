"""The word for percent after a number, in the languages that write it out: "30 Prozent", "15 por ciento", "25
pour cent", "10 procent", "20 per cento", "20 por cento", "15 persen", "15 phần trăm", "15 процентов" are written
"30%", ... before the request is read, so every reading of "%" (a percent of a number, a discount) reads them.

Only digits, then the word, are respelled: "cinco por ciento" is `foreign_arithmetic.py`'s to refuse or read, and
a word for percent with no number before it stays a word. Turkish and Korean say the word before the number or
glued to it ("yüzde 25", "25퍼센트") and are read where their shapes are.
"""

from __future__ import annotations

import re

_WORDS = ("prozent", "procent", "pour cent", "pourcent", "per cento", "por cento", "por ciento", "persen",
          "phần trăm", "процентов", "процента", "процент")
_PERCENT = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in _WORDS) +
                      r")(?![^\W\d_])", re.IGNORECASE)


def spell_percent_words(text: str) -> str:
    """`text` with each number followed by a word for percent written as that number and "%"."""
    return _PERCENT.sub(lambda match: f"{match.group(1)}%", text)
