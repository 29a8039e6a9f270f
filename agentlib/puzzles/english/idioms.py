"""Fixed phrases that mean a comparison the grammar already reads: birth order is age.

    "Zoe was born before Yan."        -> "Zoe was older than Yan."
    "Xia was born after / later than Yan." -> "Xia was younger than Yan."
    "Who was born first / last?"      -> "Who was the oldest / youngest?"

Each rewrite is a reading of the phrase that holds in every sentence of that shape (being born earlier is being
older), so the grammar's age scale answers "Who is the youngest?" from birth order and "Who was born first?" from
ages. Twins and "born in the same year" are not read (no rewrite: the sentence stays as written and, unread,
makes the puzzle abstain).
"""

from __future__ import annotations

import re

_BE = r"(?P<be>is|was|are|were)"
_REWRITES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b{_BE} born (?:before|earlier than|sooner than)\b", re.I), r"\g<be> older than"),
    (re.compile(rf"\b{_BE} born (?:after|later than)\b", re.I), r"\g<be> younger than"),
    (re.compile(rf"\b{_BE} born (?:first|earliest)\b", re.I), r"\g<be> the oldest"),
    (re.compile(rf"\b{_BE} born (?:last|latest)\b", re.I), r"\g<be> the youngest"),
]


def rewrite_idioms(text: str) -> str:
    """`text` with each fixed phrase replaced by the comparison it means."""
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    return text
