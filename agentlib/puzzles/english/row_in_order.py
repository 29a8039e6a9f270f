"""Places in a row whose values are listed in order: "There are three houses in a row: red, green and blue, from
left to right.", "From left to right, the houses are red, green and blue.", "The seats are blue, red and white, in
that order." Each value is fixed to its place, so the sentence is said again as the grid reads it: the category
("The houses are red, green and blue.") and one place per value ("The red house is the first house.", ...).

"in that order" and "from left to right" both run from the first (leftmost) place, the order in which the grid
numbers places; "from right to left" runs the other way. A list whose order is not stated ("in some order") is not
this shape: the grid spreads it one each.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.text import normalize

_NOUNS = r"(?P<noun>house|seat|chair|room|spot|place|car|shop|door|box|cup)s?"
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_FORWARD = r"from left to right|left to right|in that order|in this order|from first to last|in order"
_BACKWARD = r"from right to left|right to left|from last to first"
_ORDER = rf"(?P<order>{_FORWARD}|{_BACKWARD})"
_ITEM = r"(?:(?:the|a|an) )?[a-z-]+(?: (?:house|seat|chair|room|spot|place|car|shop|door|box|cup))?"
_LIST = rf"(?P<list>{_ITEM}(?:, {_ITEM})*,? and {_ITEM})"
# "There are three houses in a row: red, green and blue, from left to right"
_ROW_WITH_LIST = re.compile(rf"^(?P<row>[^:]*\b{_NOUNS}\b[^:]*\bin a (?:row|line)\b[^:]*): {_LIST},? {_ORDER}$", re.I)
# after a row sentence: "From left to right, the houses are red, green and blue", "The houses are red, green and blue,
# in that order", "The houses, from left to right, are painted red, green and blue"
_ORDER_FIRST = re.compile(rf"^{_ORDER},? (?:they|the {_NOUNS}) are (?:painted |coloured |colored )?{_LIST}$", re.I)
_ORDER_LAST = re.compile(rf"^(?:they|the {_NOUNS}) are (?:painted |coloured |colored )?{_LIST},? {_ORDER}$", re.I)
_ORDER_INSIDE = re.compile(rf"^the {_NOUNS},? {_ORDER},? are (?:painted |coloured |colored )?{_LIST}$", re.I)
_NOUN_WORDS = r"(house|seat|chair|room|spot|place|car|shop|door|box|cup)s?"
_ROW = re.compile(rf"\b{_NOUN_WORDS}\b.*\bin a (?:row|line)\b|\bin a (?:row|line)\b.*\b{_NOUN_WORDS}\b", re.I)


def _values(listed: str) -> list[str]:
    items = re.split(r",? and |, ", listed)
    return [re.sub(r"^(?:the|a|an) |(?: (?:house|seat|chair|room|spot|place|car|shop|door|box|cup))$", "",
                   item.strip().lower()) for item in items]


def _placed(noun: str, values: list[str], order: str) -> list[str] | None:
    if len(values) > len(_ORDINALS) or len(set(values)) != len(values) or \
            any(not re.fullmatch(r"[a-z-]+", v) for v in values):
        return None
    if re.fullmatch(_BACKWARD, order.lower()):
        values = values[::-1]
    said = [f"The {noun}s are {', '.join(values[:-1])} and {values[-1]}."]
    return said + [f"The {value} {noun} is the {_ORDINALS[k]} {noun}." for k, value in enumerate(values)]


def unfold_row_in_order(sentences: list[str]) -> list[str]:
    """`sentences` with each list of values in the order of a row said as the category and one place per value."""
    out: list[str] = []
    row_noun = ""
    for sentence in sentences:
        text = normalize(sentence).strip().rstrip(".")
        with_list = _ROW_WITH_LIST.match(text)
        if with_list is not None:
            noun = with_list.group("noun").lower()
            placed = _placed(noun, _values(with_list.group("list")), with_list.group("order"))
            if placed is not None:
                out += [with_list.group("row") + ".", *placed]
                row_noun = noun
                continue
        row = _ROW.search(text)
        if row is not None:
            row_noun = (row.group(1) or row.group(2) or "").lower()
        listed = next((m for m in (p.match(text) for p in (_ORDER_FIRST, _ORDER_LAST, _ORDER_INSIDE)) if m), None)
        if listed is not None and row_noun and (listed.group("noun") or row_noun).lower() == row_noun:
            placed = _placed(row_noun, _values(listed.group("list")), listed.group("order"))
            if placed is not None:
                out += placed
                continue
        out.append(sentence)
    return out
