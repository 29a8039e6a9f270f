"""What a story's teller reports someone knew or noticed: "Sergeant Pike noted that either the gardener or the
chauffeur was lying, but not both.", "Inspector Hale knew that exactly one of them was the thief, and that only one
of them was lying."

"Know", "note", "notice", "realize", "discover", "find" and "learn" are factive: "X knew that S" is true only if S is,
so S is a premise. What is left out is only that X knew it, which a puzzle whose reporter appears nowhere else never
asks about. So such a sentence reads as its clauses ("S1. S2."), and only when its reporter (a name, with a title or
not) is mentioned in no other sentence; "believes", "says", "thinks" and "claims" are not factive and stay.
"""

from __future__ import annotations

import re

_FACTIVE = r"(?:knew|knows|noted|notes|noticed|notices|realized|realised|realizes|realises|discovered|found|learned|" \
           r"learnt)"
_REPORT = re.compile(rf"(?:^|(?<=[.!?]\s))(?P<reporter>(?:[A-Z][a-z]+\.? ){{0,2}}[A-Z][a-z]+) {_FACTIVE} that "
                     r"(?P<said>[^.!?]+)(?P<end>[.!])")


def reports_as_facts(text: str) -> str | None:
    """`text` with each factive report of an otherwise unmentioned reporter read as its clauses; None when none."""
    changed = text
    for found in reversed(list(_REPORT.finditer(text))):
        reporter = found.group("reporter").split()[-1]
        rest = text[:found.start()] + text[found.end():]
        if re.search(rf"\b{re.escape(reporter)}\b", rest):
            continue  # the reporter is one of the puzzle's people: what they know may matter
        clauses = [c.strip() for c in re.split(r",? and that ", found.group("said"))]
        said = " ".join(c[:1].upper() + c[1:] + found.group("end") for c in clauses)
        changed = changed[:found.start()] + said + changed[found.end():]
    return changed if changed != text else None
