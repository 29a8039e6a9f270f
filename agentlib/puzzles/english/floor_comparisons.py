"""Floors compared as heights: "Tom lives on a higher floor than Uma." is "Tom lives above Uma." and "Vic lives on a
lower floor than Uma (does)." is "Vic lives below Uma.", which the grammar reads on the floor scale.

Only a comparison of floors (or levels, storeys) between two people is spelled so; "two floors higher than" keeps its
count and is left as typed.
"""

from __future__ import annotations

import re

_FLOOR_COMPARED = re.compile(r"\b(?P<verb>lives|lived|is|was|works|worked|stays|stayed) on a "
                             r"(?P<compared>higher|lower) (?:floor|level|storey|story) than "
                             r"(?P<other>[A-Z][a-z]+|me|I)(?: does| did)?(?=[.,;!?])")


def floors_as_above(text: str) -> str | None:
    """`text` with "on a higher floor than X" said as "above X" (lower: "below"); None when it has none."""
    def said(match: re.Match[str]) -> str:
        side = "above" if match["compared"] == "higher" else "below"
        return f"{match['verb']} {side} {match['other']}"
    spelled = _FLOOR_COMPARED.sub(said, text)
    return None if spelled == text else spelled
