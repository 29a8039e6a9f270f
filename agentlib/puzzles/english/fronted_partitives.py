"""A count of a group said with the group first: "Of Kate, Liam and Mona, exactly one is a doctor.", "Among them, at
least one is lying.", "Out of Ann, Bo and Cy, none owns a car." The grammar reads the count with the group after it
("Exactly one of Kate, Liam and Mona is a doctor."), so the sentence is said that way; nothing else changes.

Only a group the text names (a list of names, or "them" / "us") and a count word the grammar knows are moved:
"Of the three, ..." names no one (which three?) and "Of Kate and Liam, only Kate ..." is not a count, so both stay as
typed.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w'-]{0,40}"
_GROUP = rf"(?:{_NAME}(?:, {_NAME}){{0,11}},? (?:and|or) {_NAME}|them|us)"
_COUNT = (r"(?:exactly|only|at least|at most|no more than|not more than) (?:one|two|three|four)|one|two|three|none|"
          r"neither|just one")
_FRONTED = re.compile(rf"(?:^|(?<=[.!?]\s))(?:[Oo]f|[Aa]mong(?:st)?|[Oo]ut of) (?P<group>{_GROUP}),\s+"
                      rf"(?P<count>{_COUNT})\s+(?=[a-z])")


def counts_with_group_after(text: str) -> str | None:
    """`text` with each fronted group said after its count (see the module notes); None when there is none."""
    def moved(match: re.Match[str]) -> str:
        count = match["count"]
        return f"{count[0].upper()}{count[1:].lower()} of {match['group']} "

    spelled = _FRONTED.sub(moved, text)
    return None if spelled == text else spelled
