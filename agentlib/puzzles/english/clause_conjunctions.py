"""Two quantified sentences typed as one: "Every poodle is a dog and no dog is a cat."

"and" between two complete clauses, each with its own quantified subject and verb, conjoins two statements; the
grammar, reading one sentence, takes "a dog and no dog" for one phrase and gives up. Each clause states what it would
alone, so the sentence reads as the two. Only a clause that opens with a quantifier and a noun and has a verb of its
own is split off ("Every cat and dog is a pet" has one verb and stays).
"""

from __future__ import annotations

import re

_QUANTIFIER = r"(?:every|all|no|each|some|none of the|not all|not every)"
_VERB = r"(?:is|are|was|were|can|cannot|can't|has|have|had|does|do|did|[a-z]+s)"
_TWO = re.compile(rf"(?P<first>\b{_QUANTIFIER} [a-z]+(?: [a-z]+)? {_VERB}\b[^.!?;,]*?),? and "
                  rf"(?P<second>{_QUANTIFIER} [a-z]+(?: [a-z]+)? {_VERB}\b[^.!?]*)(?P<end>[.!])", re.I)


def split_clauses(text: str) -> str | None:
    """`text` with each "Q A verb ... and Q B verb ..." written as two sentences; None when there is none."""
    def split(found: re.Match[str]) -> str:
        second = found.group("second")
        return f"{found.group('first')}{found.group('end')} {second[:1].upper()}{second[1:]}{found.group('end')}"

    changed = _TWO.sub(split, text)
    return changed if changed != text else None
