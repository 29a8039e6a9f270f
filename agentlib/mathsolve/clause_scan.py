"""Terse everyday requests read as a run of clauses in any order: "$84 bill, 18% tip, split 4 ways", "1000 mL over 8
hours, 15 gtt/mL set, drops per minute".

People type such requests as fragments, each naming one quantity by its own words, in whatever order they come to
mind. A reader lists the clause kinds it knows (a pattern each); `scan` covers the whole request with them, left to
right, the longest clause first at each point, with commas, "and", "then" or spaces between ("with" belongs to the
clause after it: "with a 20% discount"). A word no clause covers leaves the request unread, so nothing the reader
does not know can change the question unseen.
"""

from __future__ import annotations

import re

_BETWEEN = re.compile(r"(?:\s*[,;:]\s*|\s+)(?:(?:and|then)\s+)?")
Clause = tuple[str, "re.Match[str]"]


def scan(plain: str, kinds: dict[str, re.Pattern[str]]) -> list[Clause] | None:
    """The clauses that cover `plain` exactly, in order, or None when some part is no known clause."""
    found: list[Clause] = []
    position = 0
    while position < len(plain):
        best: Clause | None = None
        for kind, pattern in kinds.items():
            match = pattern.match(plain, position)
            if match and match.end() > position and (best is None or match.end() > best[1].end()):
                best = (kind, match)
        if best is None:
            return None
        found.append(best)
        position = best[1].end()
        if position < len(plain):
            between = _BETWEEN.match(plain, position)
            if between is None or between.end() == position:
                return None  # two clauses glued together: "4ways"
            position = between.end()
    return found


def once_each(found: list[Clause], needed: set[str], allowed: set[str]) -> dict[str, re.Match[str]] | None:
    """The clauses by kind when each needed kind is said once and the others at most once, else None."""
    by_kind: dict[str, re.Match[str]] = {}
    for kind, match in found:
        if kind in by_kind or kind not in needed | allowed:
            return None
        by_kind[kind] = match
    return by_kind if needed <= by_kind.keys() else None
