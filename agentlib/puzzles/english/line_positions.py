"""A place in the line said with the line: "Kit was first in the queue.", "Ann stands last in line.", "Bo is third in
the row."

The question side already reads "Who is first in line?" as "Who is first?" (`questions.py`): the line is the row the
statements order. A statement says its place the same way, so "in the queue" / "in line" after an ordinal is dropped
there too, and only there; a text that speaks of two lines or queues keeps its words (which line is meant is then
not one row), as does any other use of the words.
"""

from __future__ import annotations

import re

_PLACE = re.compile(r"\b(?P<said>(?:is|was|stands|stood|sits|sat|came|comes|finished|finishes|waits|waited) "
                    r"(?:the )?(?:first|last|\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth))"
                    r" in (?:the )?(?:line|queue|row)(?=[.,;!])", re.I)
_TWO_LINES = re.compile(r"\b(?:two|three|both|other|another|second|each) (?:lines|queues|rows|line|queue|row)\b", re.I)


def line_places(text: str) -> str | None:
    """`text` with "first in the queue" said of a statement as "first"; None when it says no such place."""
    if _TWO_LINES.search(text):
        return None
    question_at = text.rfind("?")
    head = text[:text.rfind(".", 0, question_at) + 1] if question_at > 0 else text
    rewritten = _PLACE.sub(lambda m: m.group("said"), head)
    return None if rewritten == head else rewritten + text[len(head):]
