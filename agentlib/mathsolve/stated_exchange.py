"""Money changed at a rate the request states, in English: "convert 250 dollars to euros at 0.92", "$500 in pounds
at 0.79", "convert 250 euros to dollars at 1.08 dollars per euro", "how many pounds is $500 if 1 pound = 1.25
dollars", "100 usd to eur, rate 0.92".

The amount names its currency (a word, a code or a sign) and the asked currency is another. A rate that names its
units ("1.08 dollars per euro", "1 pound = 1.25 dollars") is applied the way its units say: times the rate when it
is asked-currency per given-currency, divided by it when the other way round; a rate naming any other currency is
not read. A bare rate ("at 0.92") is read as a quote is given for a conversion: units of the asked currency for one
of the given (convert A to B at r: A × r). Korean requests are `exchange_rates.py`'s. The answer is money, to the
cent where it has a fraction of one.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Worded, plain_request, priced

_NAMES = {"dollar": "USD", "dollars": "USD", "usd": "USD", "$": "USD", "bucks": "USD",
          "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR",
          "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "£": "GBP", "quid": "GBP",
          "yen": "JPY", "jpy": "JPY", "¥": "JPY", "rupees": "INR", "rupee": "INR", "inr": "INR", "₹": "INR",
          "pesos": "MXN", "peso": "MXN", "mxn": "MXN", "francs": "CHF", "franc": "CHF", "chf": "CHF",
          "won": "KRW", "krw": "KRW", "₩": "KRW", "yuan": "CNY", "cny": "CNY", "rmb": "CNY",
          "cad": "CAD", "canadian dollars": "CAD", "aud": "AUD", "australian dollars": "AUD"}
_WORD = "(?:" + "|".join(sorted((re.escape(n) for n in _NAMES if n.isalpha() or " " in n), key=len,
                                reverse=True)) + ")"
_SIGN = "[$€£¥₹₩]"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,9}(?:\.\d+)?"
_AMOUNT = rf"(?:(?P<sign>{_SIGN}) ?(?P<signed>{_NUM})|(?P<amount>{_NUM}) ?(?P<given>{_WORD}))"
_ASKED = rf"(?P<asked>{_WORD})"
_RATE = (rf"(?: (?:at|@|with|using)(?: an?)?(?: exchange)?(?: rate(?: of)?)? |,? (?:exchange )?rate(?: is)?:? |"
         rf",? (?:if|when|where) )"
         rf"(?:(?P<bare>{_NUM})|(?P<per>{_NUM}) (?P<top>{_WORD}) (?:per|to the|for (?:a|one|1)) (?P<bottom>{_WORD})|"
         rf"(?:1|one|a) (?P<one>{_WORD}) (?:=|is|equals|is worth|buys|gets you) (?P<worth>{_NUM}) (?P<in>{_WORD}))")
_SHAPES = (
    re.compile(rf"(?:convert |change |exchange )?{_AMOUNT} (?:to|into|in) {_ASKED}{_RATE}"),
    re.compile(rf"how many {_ASKED} (?:is|are|do i get for|will i get for|for) {_AMOUNT}{_RATE}"),
)


def _currency(name: str | None) -> str | None:
    return None if name is None else _NAMES.get(name)


def read_stated_exchange(text: str) -> Worded | None:
    """The amount in the asked currency at the stated rate, or None when `text` is not this request."""
    plain = plain_request(text).replace("’", "'")
    match = next((m for shape in _SHAPES if (m := shape.fullmatch(plain))), None)
    if match is None:
        return None
    given, asked = _currency(match["sign"] or match["given"]), _currency(match["asked"])
    written = (match["signed"] or match["amount"]).replace(",", "")
    amount = Fraction(written)
    if given is None or asked is None or given == asked:
        return None
    top: str | None
    bottom: str | None
    if match["bare"] is not None:
        quoted, top, bottom = match["bare"], asked, given
    elif match["per"] is not None:
        quoted, top, bottom = match["per"], _currency(match["top"]), _currency(match["bottom"])
    else:
        quoted, top, bottom = match["worth"], _currency(match["in"]), _currency(match["one"])
    rate = Fraction(quoted.replace(",", ""))
    if rate == 0:
        return None
    if (top, bottom) == (asked, given):
        formula, value = f"({written})*({quoted})", amount * rate
    elif (top, bottom) == (given, asked):
        formula, value = f"({written})/({quoted})", amount / rate
    else:
        return None  # the rate is for another pair of currencies
    shown = priced(Worded(formula, f"amount in {asked} = amount in {given} at {quoted} {top} per {bottom}"), value)
    return Worded(shown.formula, shown.note, shown.decimal, shown.approximate, money=True)


__all__ = ["read_stated_exchange"]
