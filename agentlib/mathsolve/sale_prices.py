"""A price after one percent off, typed as people type it: "what do i pay for a $40 shirt at 20% off", "whats $25
after a 20% discount", "$60 jacket 15% off, how much do i pay", "how much is a $90 coat with a 30% discount".

Clauses (`clause_scan.py`), in any order: the price (money, with at most two words naming the thing: "$40 shirt",
"a $60 winter jacket"), the discount ("20% off", "after a 20% discount", "at 20% off") and an optional question
about what is paid. One price and one discount, each said once, make the one operation certain: price × (1 -
p/100). A second discount, a tax, a tip or a count of things has no clause here ("then", "and", "tax", a second
number), so such a request is left to the readers that know it or not read. A discount of 100% or more is no
discount. The answer is money, to the cent where it has a fraction of one.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.clause_scan import once_each, scan
from agentlib.mathsolve.everyday_formulas import Worded, plain_request, priced

_N = r"(?P<{}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{1,2}})?|\d{{1,7}}(?:\.\d{{1,2}})?)"
# words that may name the thing priced: never a word that adds an operation or a quantity
_NOT_A_THING = frozenset(("tax", "vat", "tip", "each", "per", "and", "then", "plus", "another", "extra", "more",
                          "shipping", "fee", "off", "discount", "total", "pack", "dozen", "pair", "pairs", "with", "at",
                          "after", "is", "was", "for", "of", "on", "sale", "price", "cost", "costs", "less", "minus",
                          "times", "a", "an", "the", "what", "how", "much", "do", "i", "pay", "percent", "x"))
_THING = r"(?P<thing>(?: (?!(?:" + "|".join(sorted(_NOT_A_THING)) + r")\b)[a-z]{2,15}){0,2})"
_KINDS = {
    "price": re.compile(r"(?:(?:for|of) )?(?:an? |the |my |this |that )?(?:[$£€] ?" + _N.format("price") + "|" +
                        _N.format("price_word") + " (?:dollars|bucks|pounds|euros))" + _THING),
    # "20% off" is the price left; "a 20% discount" alone may be the amount taken off ("what is 20% discount of $40"
    # is $8 to some), so a discount named as a noun must be what the price is "after" or "with"
    "off": re.compile(r"(?:(?:is|was|are|at|that's|that is|on sale at|marked|marked down|after|with|minus|less) )?"
                      r"(?:an? |the )?" + _N.format("off") + r" ?% off|(?:after|with|at) (?:an? |the )?" +
                      _N.format("discount") + r" ?% (?:discount|markdown|reduction)"),
    # the longer wordings first: a pattern's first alternative that matches is the one taken
    "ask": re.compile(r"(?:what is the (?:sale |final |new |discounted )?price(?: of| for)?|"
                      r"(?:the )?(?:sale|final|discounted|new) price(?: of| for)?|"
                      r"(?:what|how much) (?:do|will|would|should|did) i (?:pay|spend)(?: for)?|"
                      r"how much (?:is|does)(?: it| that)?(?: now| cost)?|what does (?:it|that) (?:cost|come to)|"
                      r"what is(?: it)?|how much)"),
    "cost": re.compile(r"(?:cost|costs|come to)"),  # "how much does a $40 shirt at 20% off cost"
}


def read_sale_price(text: str) -> Worded | None:
    """The price after the discount, or None when `text` is not this request."""
    plain = plain_request(text).replace("’", "'").replace("what's", "what is")
    found = scan(plain, _KINDS)
    said = None if found is None else once_each(found, {"price", "off"}, {"ask", "cost"})
    if said is None:
        return None
    price = Fraction((said["price"]["price"] or said["price"]["price_word"]).replace(",", ""))
    off = Fraction(said["off"]["off"] or said["off"]["discount"])
    if not 0 < off < 100:
        return None
    shown = priced(Worded(f"({price})*(1 - ({off})/100)", "sale price = price × (1 - discount/100)"),
                   price * (1 - off / 100))
    return Worded(shown.formula, shown.note, shown.decimal, shown.approximate, money=True)


__all__ = ["read_sale_price"]
