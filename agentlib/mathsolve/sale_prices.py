"""A price changed by one percent, typed as people type it: a discount ("what do i pay for a $40 shirt at 20% off",
"whats $25 after a 20% discount", "how much is a $90 coat with a 30% discount"), a markup ("a $60 jacket marked up
25%, whats the new price"), a sales tax added ("a shirt costs $35 and sales tax is 8%, what's the total"), and the
price before a discount or markup ("$20 after a 20% discount: what was the original price?").

Clauses (`clause_scan.py`), in any order: the price (money, with at most two words naming the thing: "$40 shirt",
"a $60 winter jacket", or a thing that costs it: "a shirt costs $35"), one change ("20% off", "after a 20% discount",
"marked up 25%", "sales tax is 8%") and an optional question. One price and one change, each said once, make the
one operation certain: price × (1 - p/100) off, price × (1 + p/100) up or with tax. The original price is asked
only of a price said to be what is left "after" the change (or "now"), never of a price on a thing's tag ("a $20
shirt after a 20% discount"): the price came from price / (1 ∓ p/100), not from adding the percent back ($20 after
20% off was $25, not $24). A tax is read only with a question for what is
paid ("the total", "how much do i pay": "£120 with 20% VAT" may already include it, `tax_included.py`). A second
change, a tip or a count of things has no clause here ("then", a second percent, a second number), so such a
request is left to the readers that know it or not read. A discount of 100% or more is no discount. The answer is
money, to the cent where it has a fraction of one.
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
                          "times", "a", "an", "the", "what", "how", "much", "do", "i", "pay", "percent", "x",
                          "marked", "up", "raised", "increased", "put", "markup", "sales", "now", "original",
                          "reduced", "down"))
_THING = r"(?P<thing>(?: (?!(?:" + "|".join(sorted(_NOT_A_THING)) + r")\b)[a-z]{2,15}){0,2})"
_SOLD_THING = r"(?!(?:" + "|".join(sorted(_NOT_A_THING)) + r")\b)[a-z]{2,15}(?: (?!(?:" + \
    "|".join(sorted(_NOT_A_THING)) + r")\b)[a-z]{2,15})?"
_KINDS = {
    "price": re.compile(r"(?:(?:for|of) )?(?:an? |the |my |this |that )?(?:[$£€] ?" + _N.format("price") + "|" +
                        _N.format("price_word") + " (?:dollars|bucks|pounds|euros))" + _THING),
    # "20% off" is the price left; "a 20% discount" alone may be the amount taken off ("what is 20% discount of $40"
    # is $8 to some), so a discount named as a noun must be what the price is "after" or "with"
    "off": re.compile(r"(?:(?:is|was|are|at|that's|that is|on sale at|marked|marked down|after|with|minus|less) )?"
                      r"(?:an? |the )?" + _N.format("off") + r" ?% off|(?:is |was )?(?:marked down|reduced)(?: by)? " +
                      _N.format("down") + r" ?%|(?:after|with|at) (?:an? |the )?" +
                      _N.format("discount") + r" ?% (?:discount|markdown|reduction)"),
    # the longer wordings first: a pattern's first alternative that matches is the one taken
    "ask": re.compile(r"(?:what is the (?:sale |final |new |discounted )?price(?: of| for)?|"
                      r"(?:the )?(?:sale|final|discounted|new) price(?: of| for)?|"
                      r"(?:what|how much) (?:do|will|would|should|did) i (?:pay|spend)(?: for)?|"
                      r"how much (?:is|does)(?: it| that)?(?: now| cost)?|what does (?:it|that) (?:cost|come to)|"
                      r"what is(?: it)?|how much)"),
    "cost": re.compile(r"(?:cost|costs|come to)"),  # "how much does a $40 shirt at 20% off cost"
    # a thing said before what it costs: "a shirt costs $35", "it now costs $20", "the lamp is on sale for $30"
    "sold": re.compile(r"(?:(?:if|when) )?(?:(?:it|(?:an? |the |my |this |that )?" + _SOLD_THING +
                       r") (?P<now>now costs|is now|is on sale for|now sells for|costs|is priced at|sells for)|"
                       r"(?:i|we|you|she|he|they) (?P<paid>paid|spent))"),
    "up": re.compile(r"(?:(?:is|was|are|after|with|and) )?(?:marked up|raised|increased|put up)(?: by)? " +
                     _N.format("up") + r" ?%|(?:after|with) (?:an? |the )?" + _N.format("markup") +
                     r" ?% (?:markup|mark-up|price increase|price rise)"),
    "tax": re.compile(r"(?:(?:and|with|plus) )?(?:the )?(?:sales )?tax (?:is|of|at) " + _N.format("tax") +
                      r" ?%|(?:with|plus) (?:an? )?" + _N.format("tax_rate") + r" ?% (?:sales )?tax"),
    "original": re.compile(r"(?:what (?:was|is) )?(?:the )?(?:original|regular|full|normal|old|list) price"
                           r"(?: before(?: the)? (?:discount|sale|markup))?|how much was it (?:originally|before"
                           r"(?: the)? (?:discount|sale|markup))|what did it (?:originally )?cost(?: before(?: the)? "
                           r"(?:discount|sale|markup))?"),
    "total": re.compile(r"(?:what is |how much is )?(?:the )?total(?: cost| price| bill)?(?: for| of)?|"
                        r"(?:how much )?in total"),
}
_CHANGES = ("off", "up", "tax")


def _change(said: dict[str, re.Match[str]]) -> tuple[str, Fraction] | None:
    """The one change said (its kind and percent), or None for none or two."""
    changes = [kind for kind in _CHANGES if kind in said]
    if len(changes) != 1:
        return None
    match, kind = said[changes[0]], changes[0]
    percent = next(match[g] for g in {"off": ("off", "discount", "down"), "up": ("up", "markup"),
                                      "tax": ("tax", "tax_rate")}[kind] if match[g] is not None)
    return kind, Fraction(percent)


def read_sale_price(text: str) -> Worded | None:
    """The price after (or before) one percent change, or None when `text` is not this request."""
    plain = plain_request(text).replace("’", "'").replace("what's", "what is")
    plain = re.sub(r"[.:]\s+", ", ", plain).replace("?", "").strip(" ,")
    found = scan(plain, _KINDS)
    said = None if found is None else once_each(found, {"price"}, {"ask", "cost", "sold", "total", "original",
                                                                   *_CHANGES})
    change = None if said is None else _change(said)
    if said is None or change is None or ("ask" in said) + ("total" in said) + ("original" in said) > 1:
        return None
    kind, percent = change
    price = Fraction((said["price"]["price"] or said["price"]["price_word"]).replace(",", ""))
    factor = 1 - percent / 100 if kind == "off" else 1 + percent / 100
    if not 0 < percent < (100 if kind == "off" else 1000):
        return None
    if kind == "tax" and "total" not in said and "ask" not in said:
        return None  # a tax with no question for what is paid may already be in the price
    if "original" in said:
        tagged = bool(said["price"]["thing"])  # "a $20 shirt": the price on the tag, the one before any change
        sold = said.get("sold")
        after = not tagged and said[kind][0].startswith("after") or \
            sold is not None and (sold["paid"] is not None and said[kind][0].startswith("after") or
                                  sold["now"] not in (None, "costs", "is priced at", "sells for"))
        if kind == "tax" or not after:
            return None  # "$20 shirt at 20% off, what was the original price": $20 is the price before
        formula, note, value = f"({price})/({factor})", "original price = price now ÷ (1 ∓ percent/100)", \
            price / factor
    else:
        formula, value = f"({price})*({factor})", price * factor
        note = {"off": "sale price = price × (1 - discount/100)", "up": "new price = price × (1 + markup/100)",
                "tax": "total = price × (1 + tax/100)"}[kind]
    shown = priced(Worded(formula, note), value)
    return Worded(shown.formula, shown.note, shown.decimal, shown.approximate, money=True)


__all__ = ["read_sale_price"]
