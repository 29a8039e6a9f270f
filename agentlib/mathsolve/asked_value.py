"""A value asked for with an empty right side: "702.806 - 266.2 = ?", "12 ÷ 4 =", "√81 = ___", "x + 3 = 5, x = ?".

Worksheets and chats ask for the value of a formula by writing it with an equals sign and a blank. Read as an
equation, the blank is a formula that ends too early and the request was refused. The blank (question marks,
underscores, a box or nothing) after the last equals sign is taken off, so what remains is the formula whose value
is asked, or an equation followed by the unknown asked for ("x + 3 = 5, x"); the general reader then decides
what it can do with that, as it would with the words "what is". Only a blank that ends the request is taken:
"= ? cm" or an equals sign with anything else after it is left for the other readers.
"""

from __future__ import annotations

import re

_BLANK = re.compile(r"(?:=|＝)\s*(?:[?？]+|_+|□|\[\s*\]|\.\.\.|…)?\s*$")


def strip_asked_blank(text: str) -> str:
    """`text` without an equals sign and the blank after it that end it, else unchanged."""
    match = _BLANK.search(text, max(0, len(text) - 40))  # the blank is short: search only the tail (linear time)
    if match is None or not text[:match.start()].strip():
        return text
    return text[:match.start()].rstrip()
