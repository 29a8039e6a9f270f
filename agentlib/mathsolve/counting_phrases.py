"""Counting said the textbook way: "the number of combinations of 5 things taken 2 at a time", "permutations of 7
objects taken 3 at a time", "how many combinations of 5 choose 2".

Each is written as the calculator notation the reader already reads (5C2, 7P3, "5 choose 2"), so the count is
computed and checked as a quotient of factorials there. Only whole numbers with k ≤ n are respelled; anything else
stays as typed and the request abstains.
"""

from __future__ import annotations

import re

_TAKEN = re.compile(r"\b(?:the )?(?:number of |how many )?(?P<kind>combinations|permutations|arrangements|selections)"
                    r" of (?P<n>\d+) (?:different |distinct )?(?:things|objects|items|elements|people|letters|books|"
                    r"cards)? ?taken (?P<k>\d+) at a time\b", re.I)
_OF_CHOOSE = re.compile(r"\b(?:the )?(?:number of |how many )(?:combinations|ways) (?:of|is|are) (?=\d+ choose \d+\b)",
                        re.I)


def spell_counting_phrases(text: str) -> str:
    """`text` with "N things taken K at a time" written nCk / nPk, and "how many combinations of N choose K" as
    "N choose K"."""
    def notation(match: re.Match[str]) -> str:
        n, k = int(match["n"]), int(match["k"])
        if k > n:
            return match.group(0)
        letter = "C" if match["kind"].lower() in ("combinations", "selections") else "P"
        return f"{n}{letter}{k}"

    return _OF_CHOOSE.sub("", _TAKEN.sub(notation, text))
