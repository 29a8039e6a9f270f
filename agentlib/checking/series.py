"""The value of a sum written with an ellipsis, "1 + 2 + ... + 60" or "3 + 7 + \\dots + 43".

Two listed terms and a last one fix an arithmetic progression (common difference `second - first`), whose sum
is count * (first + last) / 2. The same three numbers can also be read as a geometric progression
("2 + 4 + ... + 64": ratio 2, or difference 2); when both readings fit, the sum is not read (the caller
abstains). So is a sum whose last term the progression never reaches, or one that is not of integers.

Left out: three or more listed terms (the first two still fix the reading, and only that is used), series
written with a general term ("1^2 + 2^2 + ... + n^2"), and infinite series.
"""

from __future__ import annotations

from fractions import Fraction

MAX_TERMS = 10**9  # "1 + 2 + ... + 10^12" is not a sum anyone writes out; past this the reading stays unread


def arithmetic_series_sum(first: Fraction, second: Fraction, last: Fraction) -> Fraction | None:
    """`first + second + ... + last` read as an arithmetic progression, or None when that reading is not
    the only one (a geometric progression fits too), the terms are not integers, or `last` is not a term."""
    if any(term.denominator != 1 for term in (first, second, last)):
        return None
    difference = second - first
    if difference == 0 or (last - second) % difference != 0 or (last - second) / difference < 1:
        return None
    count = (last - first) / difference + 1
    if count > MAX_TERMS or _geometric_fits(first, second, last):
        return None
    return count * (first + last) / 2


def _geometric_fits(first: Fraction, second: Fraction, last: Fraction) -> bool:
    if first == 0 or second % first != 0:
        return False
    ratio = second / first
    if abs(ratio) < 2:
        return False
    term = second
    while abs(term) < abs(last):
        term *= ratio
    return term == last
