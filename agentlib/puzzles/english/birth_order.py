"""Birth order is age: fixed phrases rewritten as the comparisons the grammar already reads.

    "Zoe was born before Yan."             -> "Zoe was older than Yan."
    "Xia was born after / later than Yan." -> "Xia was younger than Yan."
    "Who was born first / last?"           -> "Who was the oldest / youngest?"
    "Was Bo born before Ann?"              -> "Is Bo older than Ann?"

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
_NAME = r"[A-Z][a-z]+"
_BORN_ASKED = re.compile(rf"^(?:was|were|is) (?P<first>{_NAME}) born (?P<when>before|earlier than|after|later than) "
                         rf"(?P<second>{_NAME})\?$", re.I)


def rewrite_birth_order(text: str) -> str:
    """`text` with each "born before / after / first / last" phrase replaced by the age comparison it means."""
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    return text


def unfold_birth_question(sentence: str) -> str:
    """The question "Was Bo born before Ann?" as "Is Bo older than Ann?" (after: younger); other sentences as they are.
    The auxiliary stands apart from "born" here, so `rewrite_birth_order` leaves such a question alone."""
    asked = _BORN_ASKED.match(sentence.strip())
    if asked is None:
        return sentence
    older = asked.group("when") in ("before", "earlier than")
    return f"Is {asked.group('first')} {'older' if older else 'younger'} than {asked.group('second')}?"
