"""A typed fraction after a division sign is one number: "1/2 ÷ 3/4" is (1/2) ÷ (3/4), "6 divided by 3/4" is 8.

Schoolbooks print a fraction with a bar and divide with ÷; typed in a chat the bar becomes "/", and read by
precedence alone "1/2 ÷ 3/4" became ((1/2)/3)/4 = 1/24, an answer nobody who typed it meant (dividing by a
fraction is the exercise). So a fraction of two whole or decimal numbers written tight ("3/4", no spaces) right
after ÷, "divided by" or 나누기 is put in parentheses, as is each of two tight fractions around a spaced slash
("1/2 / 3/4": the spaces show the grouping). A fraction glued to a letter, a bracket, a power or another slash
("3/4x", "3/4(x+1)", "3/4^2", "3/4/5") is left as typed: its grouping is not shown, and the notation reader
decides (it refuses "a ÷ b/cx" as ambiguous).
"""

from __future__ import annotations

import re

_NUMBER = r"\d+(?:\.\d+)?"
_TIGHT_FRACTION = rf"{_NUMBER}/{_NUMBER}"
_ENDS = r"(?![\d.]|\s*[/^]|[A-Za-z(\[{])"  # nothing that would take the fraction into a longer product or power
_AFTER_DIVISION = re.compile(rf"(÷|\bdivided\s+by\b|나누기)\s*({_TIGHT_FRACTION}){_ENDS}", re.IGNORECASE)
_SPACED_SLASH = re.compile(rf"(?<![\d./^)\]}}A-Za-z])({_TIGHT_FRACTION})\s+/\s+({_TIGHT_FRACTION}){_ENDS}")


def group_fraction_operands(text: str) -> str:
    """`text` with each fraction divided by, or dividing as shown by spaces, written in parentheses."""
    text = _SPACED_SLASH.sub(r"(\1) / (\2)", text)
    return _AFTER_DIVISION.sub(r"\1 (\2)", text)
