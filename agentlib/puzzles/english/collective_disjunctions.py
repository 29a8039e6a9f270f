"""A group said to be all of one kind or all of another: "Emma and Finn are both knights or both knaves." is two
claims about the pair ("Either Emma and Finn are both knights, or Emma and Finn are both knaves."), never "each is a
knight or a knave": the repeated "both" (or "all") after "or" puts the group inside each alternative. Read
distributively, "Emma is a knight. Is Finn a knight?" came out "cannot be determined" where the answer is "yes".

Only a list of names as the subject, a copula or a verb, and the same floating quantifier before each alternative
are turned; "Emma and Finn are knights or knaves" (no quantifier) is left to the grammar.
"""

from __future__ import annotations

import re

_NAMES = r"(?P<names>[A-Z][a-z]+(?:, [A-Z][a-z]+)*,? and [A-Z][a-z]+)"
_START = r"(?P<lead>^|(?<=[.!?] )|(?<=\n))"
_EACH_SIDE = re.compile(
    rf"{_START}(?:[Ee]ither )?{_NAMES} (?P<verb>are|were|will be)? ?(?:either )?(?P<q>both|all) "
    r"(?P<first>[a-z][a-z' -]*?),? or (?:else )?(?P=q) (?P<second>[a-z][a-z' -]*?)(?P<end>[.!?])", re.M)


def group_in_each_alternative(text: str) -> str:
    """`text` with each "A and B are both X or both Y" said as "Either A and B are both X, or A and B are both Y"."""
    def each_side(match: re.Match[str]) -> str:
        verb = f"{match.group('verb')} " if match.group("verb") else ""
        said = f"{match.group('names')} {verb}{match.group('q')}"
        return f"{match.group('lead')}Either {said} {match.group('first')}, or {said} {match.group('second')}" \
               f"{match.group('end')}"
    return _EACH_SIDE.sub(each_side, text)
