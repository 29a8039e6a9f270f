"""A count of things at a price each, typed as fragments: "3 shirts at $15 each", "i bought 4 tickets for $12.50 each,
how much did i spend", "how much for 6 muffins at $2.25 apiece", "7 notebooks, $3 per notebook, total".

Clauses (`clause_scan.py`), in any order: the count with the thing counted ("i bought 3 shirts", "6 muffins"), the
price of one ("at $15 each", "$2.25 apiece", "$3 per notebook": the price must be said to be each one's, so "3
shirts for $45" is never read as $45 each) and an optional question for what is paid. One count and one price each,
so the one operation is certain: count × price. A second count or price (a second kind of thing), a discount or a
tax has no clause here, so such a request is left to the readers that know it or not read. The answer is money, to
the cent where it has a fraction of one.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.clause_scan import once_each, scan
from agentlib.mathsolve.everyday_formulas import Worded, plain_request, priced

_N = r"(?P<{}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{1,2}})?|\d{{1,7}}(?:\.\d{{1,2}})?)"
_NOT_A_THING = r"(?!(?:each|apiece|at|for|per|and|then|more|of|off|tax|dollars|bucks|percent|times|ways|people)\b)"
_KINDS = {
    "count": re.compile(r"(?:(?:if )?(?:i|we|you|she|he|they) (?:bought|buy|got|get|ordered|order|want|need) |"
                        r"(?:buy|buying|get|order) )?(?P<count>\d{1,6}) " + _NOT_A_THING +
                        r"(?P<thing>[a-z]{2,15})(?: " + _NOT_A_THING + r"(?P<thing2>[a-z]{2,15}))?"),
    "each": re.compile(r"(?:(?:at|for|which cost|that cost|costing) )?(?:[$£€] ?" + _N.format("price") + "|" +
                       _N.format("price_word") + r" (?:dollars|bucks|pounds|euros)) (?P<per>each|apiece|a piece|"
                       r"per (?P<per_thing>[a-z]{2,15})|an? (?P<a_thing>[a-z]{2,15}))"),
    "ask": re.compile(r"(?:how much (?:did|do|will|would) (?:i|we|you|she|he|they) (?:spend|pay)(?: in total)?|"
                      r"(?:what is )?(?:the )?total(?: cost| price)?|how much (?:in total|altogether|is that|"
                      r"does that come to|for (?:all of )?them)|how much|what does it come to|cost)"),
}


def _one_word(word: str) -> str:
    """ "shirts" and "shirt" as one word, for "$3 per shirt" after "3 shirts"."""
    return word[:-1] if word.endswith("s") else word


def read_priced_count(text: str) -> Worded | None:
    """count × price of one, or None when `text` is not this request."""
    plain = re.sub(r"[.:]\s+", ", ", plain_request(text).replace("’", "'").replace("what's", "what is"))
    plain = re.sub(r"^how much (?:is|are|for|would|do|does|will) ", "", plain.replace("?", "").strip(" ,"))
    found = scan(plain, _KINDS)
    said = None if found is None else once_each(found, {"count", "each"}, {"ask"})
    if said is None:
        return None
    thing = said["count"]["thing2"] or said["count"]["thing"]
    named = said["each"]["per_thing"] or said["each"]["a_thing"]
    if named is not None and _one_word(named) != _one_word(thing):
        return None  # "3 shirts at $15 a pair": priced by another unit than the thing counted
    count = int(said["count"]["count"])
    price = Fraction((said["each"]["price"] or said["each"]["price_word"]).replace(",", ""))
    if count == 0:
        return None
    shown = priced(Worded(f"({count})*({price})", "total = count × price of one"), count * price)
    return Worded(shown.formula, shown.note, shown.decimal, shown.approximate, money=True)


__all__ = ["read_priced_count"]
