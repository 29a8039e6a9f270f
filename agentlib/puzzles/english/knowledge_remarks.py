"""A remark on what is known, tacked onto a statement: "A or B, though not which", "..., but we don't know which
one", "..., though it is unclear which of the two".

Such a tail says nothing about the world, yet its "not" / "don't" would count as a negation of the clause before it
("he kneads the dough, though not which" read as "he does not knead the dough"), flipping the proposition. A tail
after a comma that opens with a concessive word and speaks of knowing *which* or *whether* is dropped before the
sentence is read. "..., but not both" stays: it speaks of the world (exactly one of the two).
"""

from __future__ import annotations

import re

# ", though not which", ", but we don't know which one", ", although it is unclear whether ...", ", yet nobody can
# tell which": a concessive opener, at most a few words of knowing or telling, then "which" / "whether"
_TAIL = re.compile(
    r",\s*(?:though|although|but|yet)\s+"
    r"(?:(?:we|i|you|they|one|nobody|no one|it|that|this)\s+)?"
    r"(?:(?:do|does|did|can|could|is|are|was|were|remains?|stays?)\s*(?:not|n't)?\s+|don't\s+|doesn't\s+|"
    r"can't\s+|cannot\s+|isn't\s+|not\s+)?"
    r"(?:(?:know|knows|known|sure|certain|clear|unclear|unknown|uncertain|tell|say|determine|specified|"
    r"stated|said)\s+)?"
    r"(?:which|whether)\b[^,]*$", re.I)


def without_remark(text: str) -> str:
    """`text` less a trailing remark on what is known (see the module notes); unchanged when it has none."""
    return _TAIL.sub("", text)
