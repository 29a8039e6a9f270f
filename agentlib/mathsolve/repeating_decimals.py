"""Repeating decimals written with a bar: `0.\\overline{3}`, `1.\\overline{27}`, `0.4\\overline{6}`,
`.\\overline{81}` (LaTeX), each rewritten as the fraction it equals before the request is read
("Express $0.\\overline{36}$ as a common fraction" -> 4/11).

w.a(b) with a the digits before the bar (k of them) and b the repeating block (m digits) equals
(wab - wa) / (10^k (10^m - 1)), written wab for the digits run together: an identity of the geometric series,
so the rewriting is exact. Left out: dots over digits, "0.333..." (where the repetition starts is a guess).

The other way, `repeating_digits(p/q)` writes a fraction whose decimal never ends ("1/3 as a decimal") as its
digits before the repetition and the block that repeats, found by long division: a remainder seen before starts
the same digits again. The period of 1/q can be q - 1 digits long, so a block longer than `MOST_DIGITS` is
refused (the caller asks how to round instead).
"""

from __future__ import annotations

import re
from fractions import Fraction

_BARRED = re.compile(r"(?<![\d.])(\d*)\.(\d*)\s*\\overline\s*\{\s*(\d{1,30})\s*\}")


def spell_repeating_decimals(text: str) -> str:
    """`text` with each barred decimal written as `\\frac{p}{q}` (p/q in lowest terms)."""
    return _BARRED.sub(_as_fraction, text)


def repeating_value(whole: str, before: str, block: str) -> Fraction:
    """The value of whole.before(block)(block)..."""
    shifted = int(whole + before + block or "0") - int(whole + before or "0")
    return Fraction(shifted, 10 ** len(before) * (10 ** len(block) - 1))


MOST_DIGITS = 60


def repeating_digits(value: Fraction) -> tuple[str, str, str] | None:
    """(whole part with its sign, digits before the repeating block, the block) of a non-terminating fraction,
    or None when the digits after the point run past `MOST_DIGITS` before they repeat."""
    sign = "-" if value < 0 else ""
    numerator, denominator = abs(value.numerator), value.denominator
    whole, remainder = divmod(numerator, denominator)
    digits: list[str] = []
    seen: dict[int, int] = {}
    while remainder and remainder not in seen:
        if len(digits) >= MOST_DIGITS:
            return None
        seen[remainder] = len(digits)
        digit, remainder = divmod(remainder * 10, denominator)
        digits.append(str(digit))
    if not remainder:
        return None  # it terminates: an exact decimal, not a repeating one
    start = seen[remainder]
    return f"{sign}{whole}", "".join(digits[:start]), "".join(digits[start:])


def _as_fraction(match: re.Match[str]) -> str:
    value = repeating_value(match.group(1), match.group(2), match.group(3))
    if value.denominator == 1:
        return f"{{{value.numerator}}}"
    return rf"\frac{{{value.numerator}}}{{{value.denominator}}}"


# "0.333...", "0.1666…", "0.121212...": a decimal run straight into an ellipsis, not an item of a list ("0.5, 1.0,
# 1.5, ..." is a sequence's business)
_DOTTED = re.compile(r"(?<![\d.,]\s)(?<![\d.,])(?<!\d,\s)(\d*)\.(\d+)\s?(?:\.\.\.|…|\.\.|⋯)")
# copies of the repeating block the digits must show: two are not enough ("2.718281828..." has "1828" twice
# and is e; "0.866..." is usually sqrt(3)/2 cut short)
_COPIES = 3


def evident_repeat(digits: str) -> tuple[str, str] | None:
    """(the digits before the repeating block, the block) when the decimal digits end with one block written
    `_COPIES` times or more ("1666" -> ("1", "6"); "121212" -> ("", "12")), else None."""
    for size in range(1, len(digits) // _COPIES + 1):
        block = digits[-size:]
        if digits.endswith(block * _COPIES):
            before = digits[:len(digits) - size * _COPIES]
            while before.endswith(block):  # "33333": the repetition starts as early as it can
                before = before[:-size]
            return before, block
    return None


def spell_dotted_repeats(text: str) -> str | None:
    """`text` with each "0.333..." written with its bar (`0.\\overline{3}`), or None when some decimal runs into an
    ellipsis without showing which digits repeat ("3.14159...", "0.33..."): reading it as the digits written,
    as before, gave "0.333... = 333/1000"."""
    unclear = False

    def barred(match: re.Match[str]) -> str:
        nonlocal unclear
        found = evident_repeat(match.group(2))
        if found is None:
            unclear = True
            return match.group(0)
        before, block = found
        return f"{match.group(1) or '0'}.{before}\\overline{{{block}}}"

    spelled = _DOTTED.sub(barred, text)
    return None if unclear else spelled
