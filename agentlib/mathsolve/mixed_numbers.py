"""Mixed numbers: "2 1/2" is 2 + 1/2, written "(2 + 1/2)" before the formula is read; and an answer asked "as a
mixed number" ("convert 7/2 to a mixed number") is shown so, "3 1/2" (`as_mixed_number`).

A whole number, a space, then a proper fraction (numerator smaller than denominator) with nothing between them is
how a mixed number is written; two numbers side by side have no other reading in a formula (the reader abstains
on them). Not rewritten: a whole number that follows an exponent, a letter, a decimal point or another number
("x^2 1/2", "3.5 1/2", "1 2 3/4"), an improper fraction ("2 3/2"), or a fraction that continues as a power, call
or further digits.
"""

from __future__ import annotations

import re

_MIXED = re.compile(r"(?<![\w.^/*)\]}])(?<!\d\s)(?P<whole>\d{1,12})[ \u00a0](?P<top>\d{1,12})/(?P<bottom>\d{1,12})"
                    r"(?![\w.(^/])")


def spell_mixed_numbers(text: str) -> str:
    """`text` with each mixed number "W a/b" (a < b) written as "(W + a/b)"."""
    return _MIXED.sub(_mixed, text)


def _mixed(match: re.Match[str]) -> str:
    top, bottom = int(match.group("top")), int(match.group("bottom"))
    if not 0 < top < bottom:
        return match.group(0)
    return f"({match.group('whole')} + {top}/{bottom})"


def as_mixed_number(numerator: int, denominator: int) -> str:
    """The fraction numerator/denominator (denominator > 0) as a whole number and a proper fraction, "-3 1/2"; a
    whole number or a proper fraction is shown as it is (it has no other mixed form)."""
    whole, rest = divmod(abs(numerator), denominator)
    sign = "-" if numerator < 0 else ""
    if rest == 0 or whole == 0:
        return f"{numerator}" if rest == 0 else f"{numerator}/{denominator}"
    return f"{sign}{whole} {rest}/{denominator}"
