"""A restaurant bill with a tip, split evenly, typed as fragments: "$84 bill, 18% tip, split 4 ways", "split a $120
check 3 ways with a 20% tip, how much each", "bill is $65.40 plus 15% tip between 2 people".

Clauses (`clause_scan.py`), in any order: the bill (its amount named a bill, check, tab or total), the tip as a
percent (none said: no tip), the split (N ways, between N people, or "N of us"; the count in digits or a word, "three
ways"; the verb "split" may stand apart from the count, and "evenly" / "equally" from both) and an optional
question. A money amount named nothing ("split $90 three ways") is the bill, the only amount the request has. The
bill, the tip and the count are each said at most once, so the one reading is certain:
each share = bill × (1 + tip/100) ÷ N (the tip on the whole bill, shared like it). A tax, a second tip or a share
that is not even has no clause here, so such a request is not read. The answer is money, to the cent where it has a
fraction of one.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.clause_scan import once_each, scan
from agentlib.mathsolve.everyday_formulas import Worded, plain_request, priced
from agentlib.numwords import CARDINALS, small_number

_N = r"(?P<{}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{1,2}})?|\d{{1,7}}(?:\.\d{{1,2}})?)"


def _amount(name: str) -> str:
    return r"(?:[$£€] ?" + _N.format(name) + "|" + _N.format(name + "_word") + " (?:dollars|bucks|pounds|euros))"


_BILL_WORD = r"(?:bill|check|cheque|tab|total)"
_PEOPLE = r"(?:people|persons|friends|of us|guests|ways)"
# a count of sharers is small: in digits, or a word from two to nineteen ("split $90 three ways")
_COUNT = r"(?:\d{1,3}|" + "|".join(sorted((w for w, v in CARDINALS.items() if v >= 2), key=len, reverse=True)) + ")"


def _count(name: str) -> str:
    return f"(?P<{name}>{_COUNT})"

_KINDS = {
    "bill": re.compile(rf"(?:(?:the |a |our |my )?(?:restaurant |dinner )?{_BILL_WORD} (?:is |was |of |comes to |"
                       rf"came to |for )?{_amount('named')}|(?:an? |the |our |my )?{_amount('before')} "
                       rf"(?:restaurant |dinner )?{_BILL_WORD}|{_amount('bare')})"),
    "tip": re.compile(r"(?:(?:plus|add|leave|leaving|adding|including|with) )?(?:an? )?" + _N.format("tip") +
                      r" ?% (?:tip|gratuity)|(?:tip|tipping) (?:of )?" + _N.format("tip_after") + " ?%"),
    # the verb and the count may stand apart ("split a $120 check 3 ways"), so each is its own clause
    "verb": re.compile(r"(?:split|divided|shared|divide|share)(?: it| the bill| the check| the tab)?"),
    "evenly": re.compile(r"(?:evenly|equally)"),
    "count": re.compile(r"(?:" + _count("ways") + r" ways|(?:between|among|by|for) " + _count("people") + r"(?: " +
                        _PEOPLE + r")?|(?:if |when )?" + _count("us") + r" of us)"),
    "ask": re.compile(r"(?:how much (?:each|per person|does each (?:person |one )?(?:pay|owe)|do we each (?:pay|owe)|"
                      r"is each (?:share|person))|what does each (?:person |one )?(?:pay|owe)|each pays?|per person)"),
}


def read_bill_split(text: str) -> Worded | None:
    """Each person's share of the bill with its tip, or None when `text` is not this request."""
    plain = plain_request(text).replace("’", "'")
    found = scan(plain, _KINDS)
    said = None if found is None else once_each(found, {"bill", "count"}, {"tip", "verb", "evenly", "ask"})
    if said is None:
        return None
    bill = Fraction(next(g for g in said["bill"].groups() if g is not None).replace(",", ""))
    tip = Fraction(said["tip"]["tip"] or said["tip"]["tip_after"]) if "tip" in said else Fraction(0)
    people = small_number(next(g for g in said["count"].groups() if g is not None))
    if people is None or people < 2 or not 0 <= tip < 100:
        return None
    shown = priced(Worded(f"({bill})*(1 + ({tip})/100)/({people})",
                          "each share = bill × (1 + tip/100) ÷ number of people"), bill * (1 + tip / 100) / people)
    return Worded(shown.formula, shown.note, shown.decimal, shown.approximate, money=True)


__all__ = ["read_bill_split"]
