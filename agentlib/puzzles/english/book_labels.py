"""The label a puzzle book prints above a puzzle: "Puzzle 9 (knights and knaves).", "Page 12, puzzle 3.", "PUZZLE
PAGE 7 - The Bake Sale" on a line of its own.

Dropped before the text is read, because it numbers the text and names its topic or title; it speaks of nothing in
the puzzle's world. Only what the label can hold is dropped: label words with their numbers, then at most a short
topic in brackets and, on a line of its own, a title in title case after a dash ("- The Bake Sale"); a title typed
in lower case may be a sentence ("- Ann is taller than Bo") and keeps the whole line for the grammar to read.
"""

from __future__ import annotations

import re

_LABEL_WORD = r"(?i:page|puzzle|problem|exercise|question)"
_NUMBERED = rf"(?:{_LABEL_WORD}[ \t]+)?(?:{_LABEL_WORD}|(?i:no\.?)|#)[ \t]*#?\d{{1,3}}[a-z]?"
_TITLE_WORD = r"(?:[A-Z][\w'-]*|of|the|a|an|and|at|in|on|for|to)"
_TITLE = rf"[ \t]+[-\u2013\u2014][ \t]+{_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,5}}[.:]?[ \t]*\n"
_LABEL = re.compile(rf"^\s*{_NUMBERED}(?:,?[ \t]+{_NUMBERED}){{0,2}}(?:[ \t]*\([^()\n]{{1,40}}\))?"
                    rf"(?:[.:][ \t]*\n|[.:][ \t]+|[ \t]*\n|{_TITLE})")


def without_book_label(text: str) -> str:
    """`text` without the puzzle book's label at its start; the text as typed when it opens with none."""
    label = _LABEL.match(text)
    if label is None or not text[label.end():].strip():
        return text
    return text[label.end():]
