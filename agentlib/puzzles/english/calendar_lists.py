"""A preposition said once before a list of days or months: "The meeting is on Monday, Tuesday or Wednesday." is
"... on Monday, on Tuesday or on Wednesday.", which the grammar reads as one place of time each ("on Monday or
Tuesday" was not understood: the bare day after "or" was no phrase of its own).

Only weekdays and months are listed so, after "on" or "in", joined by commas and one "or" / "and"; any other word in
the list leaves the sentence as typed.
"""

from __future__ import annotations

import re

_DAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
        r"August|September|October|November|December)")
_LISTED = re.compile(rf"\b(?P<prep>on|in) (?P<items>{_DAY}(?:, (?!(?:on|in) ){_DAY})*,? (?:or|and) {_DAY})\b")


def spell_calendar_prepositions(sentence: str) -> str:
    """`sentence` with "on Monday, Tuesday or Wednesday" said "on Monday, on Tuesday or on Wednesday"."""
    def spelled(match: re.Match[str]) -> str:
        prep = match["prep"]
        return f"{prep} " + re.sub(rf"(,|\bor|\band) (?={_DAY})", lambda m: f"{m.group(1)} {prep} ", match["items"])
    return _LISTED.sub(spelled, sentence)
