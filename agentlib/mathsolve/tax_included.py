"""A tax rate added to a price or taken back out of it: "add 20% VAT to £85", "£85 plus 20% VAT", "price before VAT
if it's £120 including 20% VAT", "£120 including 20% VAT, what is the price without VAT", "how much VAT is in £120
at 20%".

A price with tax is price × (1 + p/100); a price that already includes it came from price / (1 + p/100), not
price × (1 - p/100) (taking 20% off £120 gives £96, yet £96 + 20% is £115.20), and the tax inside it is the
difference. "20% VAT on £85" is not read: the tax alone or the price with it, the words do not say. The answer is
money: a fraction of a cent is shown rounded to the cent, the exact value kept (`to_the_cent.py`).
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Worded, plain_request, priced

_N = r"(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,9}(?:\.\d{1,2})?)"
_MONEY = rf"(?:[£$€] ?{_N}|{_N} ?(?:pounds|dollars|euros|eur|gbp|usd))"
_RATE = r"(\d{1,2}(?:\.\d{1,2})?) ?%"
_TAX = r"(?:vat|gst|hst|sales tax|tax)"
_WITH = r"(?:including|incl\.?|inc\.?|with|inclusive of)"
_WITHOUT = r"(?:before|without|excluding|excl\.?|ex\.?|exclusive of|minus the|less)"
_PRICE = r"(?:the )?(?:price|amount|cost|net price|net amount|net|value)"
_SHAPES = [  # (pattern, what is asked); the groups are a money amount (one of two) then the rate, in either order
    (re.compile(rf"add {_RATE} {_TAX} to {_MONEY}"), "with", "rate_first"),
    # "plus" only: "£120 including 20% VAT" says the tax is already in it, "with" may say either
    (re.compile(rf"{_MONEY} (?:plus|\+) ?{_RATE} {_TAX}(?: added)?"), "with", "money_first"),
    (re.compile(rf"{_PRICE} {_WITHOUT} {_TAX} if it(?:'s| is| was| costs) {_MONEY} {_WITH} {_RATE} {_TAX}"),
     "without", "money_first"),
    (re.compile(rf"{_MONEY} {_WITH} {_RATE} {_TAX}[,.;]? (?:what(?: is|'s|was) )?{_PRICE} {_WITHOUT} {_TAX}"),
     "without", "money_first"),
    (re.compile(rf"how much {_TAX} is (?:included )?in {_MONEY} (?:at|with|if {_TAX} is) {_RATE}(?: {_TAX})?"),
     "tax", "money_first"),
    (re.compile(rf"remove {_RATE} {_TAX} from {_MONEY}"), "without", "rate_first"),
]


def read_tax_included(text: str) -> Worded | None:
    """The price with tax, without it, or the tax inside it, as `text` asks; None when it is not this request."""
    plain = plain_request(text).replace("’", "'").replace("what's", "what is")
    for pattern, asked, order in _SHAPES:
        match = pattern.fullmatch(plain)
        if match is None:
            continue
        values = [g for g in match.groups() if g is not None]
        if len(values) != 2:
            return None
        rate, money = values if order == "rate_first" else values[::-1]
        return _priced(Fraction(money.replace(",", "")), Fraction(rate), asked)
    return None


def _priced(price: Fraction, rate: Fraction, asked: str) -> Worded:
    grown = 1 + rate / 100
    if asked == "with":
        worded, value = Worded(f"({price})*(1 + ({rate})/100)", "price with tax = price × (1 + rate/100)"), \
            price * grown
    elif asked == "without":
        worded, value = Worded(f"({price})/(1 + ({rate})/100)", "price before tax = price with tax / (1 + rate/100)"), \
            price / grown
    else:
        worded, value = Worded(f"({price}) - ({price})/(1 + ({rate})/100)",
                               "tax inside a price = price - price / (1 + rate/100)"), price - price / grown
    shown = priced(worded, value)
    return Worded(shown.formula, shown.note, shown.decimal, shown.approximate, money=True)


__all__ = ["read_tax_included"]
