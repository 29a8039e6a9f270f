"""The cast's own noun counted: "Six runners, Kai, Lou, Mo, Ned, Oli and Pam, finished a race. ... Exactly two
runners finished between Mo and Ned."

A count of a class ("exactly two students passed") speaks of every member of it, named or not, and the grammar does
not read it (`grammar._counted_plural`). But when the text counts its cast and names every one of them ("Six
runners, ..." with six names), the runners are those six, and "exactly two runners" is "exactly two of them", which
the grammar reads as a count over the cast. "people" / "persons" are the cast too when its noun is a noun of people
(`GROUP_NOUNS`: runners, friends, students, ...). Any other noun, or a count that disagrees with the names, is left
as it is.
"""

from __future__ import annotations

import re

from agentlib.numwords import small_number
from agentlib.puzzles.english.grammar import GROUP_NOUNS
from agentlib.puzzles.english.words import lemma

_NAME = r"[A-Z][a-z]+"
_CAST = re.compile(rf"\b(?P<count>[A-Za-z]+|\d) (?P<noun>[a-z]+)(?:, | - | \(|: )"
                   rf"(?P<names>{_NAME}(?:, {_NAME})*,? and {_NAME})\b")
_COUNTED = re.compile(r"\b(?P<how>[Ee]xactly|[Oo]nly|[Jj]ust) (?P<k>[a-z]+|\d) (?P<noun>[a-z]+)\b(?! of\b)")


def counted_cast_nouns(text: str) -> str:
    """`text` with "exactly K <the cast's noun>" said as "exactly K of them" (see the module notes)."""
    cast = _CAST.search(text)
    if cast is None:
        return text
    names = re.split(r",? and |, ", cast["names"])
    if small_number(cast["count"].lower()) != len(names):
        return text
    nouns = {cast["noun"], lemma(cast["noun"], "NOUN")}  # "exactly one runner" too
    if cast["noun"] in GROUP_NOUNS:
        nouns |= {"people", "persons", "person"}

    def said_of_them(match: re.Match[str]) -> str:
        if match["noun"] not in nouns or small_number(match["k"]) is None:
            return match.group(0)
        return f"{match['how']} {match['k']} of them"

    return text[:cast.end()] + _COUNTED.sub(said_of_them, text[cast.end():])
