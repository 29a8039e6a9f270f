""""Who is the middle one?" after an order ("Dot is older than Ed, and Flo is younger than Ed. Who is the middle
one?"): the one in the middle of it, as "Who is in the middle?" asks. Only the question is rewritten, and only "is /
was the middle one", whose "one" can stand for nothing but a member of the order the puzzle sets out; the grammar
then reads "in the middle" as it does anywhere (a tie or an open order still abstains or stays open).
"""

from __future__ import annotations

import re

_MIDDLE_ONE = re.compile(r"\b(?P<verb>is|was)\s+the\s+middle\s+one\b(?P<rest>[^.!?]*\?)\s*$", re.I)


def middle_one_asked(text: str) -> str | None:
    """`text` with its closing question's "is the middle one" as "is in the middle"; None when it has none."""
    found = _MIDDLE_ONE.search(text)
    if found is None:
        return None
    return text[:found.start()] + f"{found.group('verb')} in the middle" + found.group("rest")
