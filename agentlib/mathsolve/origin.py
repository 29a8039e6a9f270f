""""The origin" written as the point it names, (0, 0) or (0, 0, 0), so the readers of points read it ("the
distance from the origin to the point $(-6, 8)$", "the midpoint of the origin and (4, 2)").

The origin has as many coordinates as the other points of the text: every point written there must have the
same number, two or three; with no point, or points of both sizes, the text is left as it was.
"""

from __future__ import annotations

import re

_NUMBER = r"-?\s*\d+(?:\.\d+)?(?:/\d+)?"
_POINT = re.compile(rf"\(\s*{_NUMBER}(?:\s*,\s*{_NUMBER}){{1,2}}\s*\)")
_ORIGIN = re.compile(r"\bthe\s+origin\b", re.I)


def spell_origin(text: str) -> str:
    """`text` with "the origin" written as (0, 0) or (0, 0, 0) (see the module docstring)."""
    if not _ORIGIN.search(text):
        return text
    sizes = {point.group(0).count(",") + 1 for point in _POINT.finditer(text)}
    if len(sizes) != 1:
        return text
    origin = "(" + ", ".join("0" for _ in range(sizes.pop())) + ")"
    return _ORIGIN.sub(origin, text)
