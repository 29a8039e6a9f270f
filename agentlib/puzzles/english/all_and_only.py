""""All and only members vote": two statements at once, "All members vote." and "Only members vote.".

"All and only A B" says that the A are exactly the ones who B: every A does, and no one else does. Spelled out as
its two halves, each is a statement the grammar already reads ("only A B" is "every one who B is an A"), so nothing
is guessed. "the" before the kind is dropped from both halves ("all and only the winners" speaks of winners in
general); a sentence of any other shape is left as written.
"""

from __future__ import annotations

import re

_ALL_AND_ONLY = re.compile(r"^(?P<lead>[Aa]ll) and only (?:the )?(?P<rest>[a-z].*)$", re.S)


def unfold_all_and_only(sentence: str) -> list[str]:
    """`sentence` as the sentences it says (one, unchanged, when it does not open with "All and only")."""
    match = _ALL_AND_ONLY.match(sentence.strip())
    if match is None:
        return [sentence]
    rest = match.group("rest")
    return [f"All {rest}", f"Only {rest}"]
