"""Discounts taken one after another: "20% off and then another 10% off $200", "$200 with 20% off then a further
10% off", "30% off $80, then an extra 15% off, what do I pay".

Each discount is taken off the price left by the one before, so 20% then 10% is price × 0.8 × 0.9 (28% off in all,
not 30%). Read only with one price, two or three discounts each "P% off", and "then" (or "and then", "plus") between
them; a discount of 100% or more is not a discount. The answer is money, shown to the cent where it has a fraction
of one (`to_the_cent.py`).
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Worded, plain_request, priced

_N = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,9}(?:\.\d{1,2})?"
_MONEY = rf"(?:[£$€] ?(?P<money>{_N})|(?P<money_word>{_N}) ?(?:pounds|dollars|euros))"
_THEN = r",? (?:and )?(?:then |plus )(?:an? (?:further |extra |additional )|another )?"
_ASK = r"(?:[,.;]? (?:what do i pay|how much do i pay|what is the (?:final |sale )?price|final price))?"


def _off(name: str) -> str:
    return rf"(?P<{name}>\d{{1,2}}(?:\.\d{{1,2}})?) ?% off"


_MORE = rf"(?:{_THEN}{_off('second')})?{_THEN}{_off('last')}"  # one or two more discounts after the first
_SHAPES = [
    re.compile(rf"{_off('first')}{_MORE} (?:of |on )?{_MONEY}{_ASK}"),
    re.compile(rf"{_MONEY} (?:with |at |minus |less )?{_off('first')}{_MORE}{_ASK}"),
    re.compile(rf"{_off('first')} (?:of |on )?{_MONEY}{_MORE}{_ASK}"),
]


def read_stacked_discounts(text: str) -> Worded | None:
    """The price after each discount in turn, or None when `text` is not this request."""
    plain = plain_request(text).replace("’", "'").replace("what's", "what is")
    for pattern in _SHAPES:
        match = pattern.fullmatch(plain)
        if match is None:
            continue
        money = Fraction((match["money"] or match["money_word"]).replace(",", ""))
        percents = [Fraction(match[name]) for name in ("first", "second", "last") if match[name] is not None]
        if any(not 0 < p < 100 for p in percents):
            return None
        formula = f"({money})" + "".join(f"*(1 - ({p})/100)" for p in percents)
        value = money
        for p in percents:
            value *= 1 - p / 100
        shown = priced(Worded(formula, "each discount taken off the price left by the one before: price × " +
                              " × ".join(f"(1 - {p}/100)" for p in percents)), value)
        return Worded(shown.formula, shown.note, shown.decimal, shown.approximate, money=True)
    return None


__all__ = ["read_stacked_discounts"]
