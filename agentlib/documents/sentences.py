"""Sentence splitting with character offsets, so every sentence traces back to its source span.

A regex splitter: a sentence ends at `.`, `!` or `?` (optionally followed by closing quotes or
brackets) before whitespace and an upper-case letter, digit or quote, or at a blank line. Common
abbreviations ("Mr.", "e.g.", "U.S.") and decimals do not end a sentence, nor does the number of a
numbered heading ("2. Outlook").
A heading on a line of its own is a sentence of its own, so it is never glued to the sentence after
it: PDF text has no blank line after a heading, only a line break. A heading line is short (at most
`HEADING_MAX_WORDS` words), ends without punctuation and is numbered ("2. Outlook", "3.1 Costs") or
has every longer word capitalised ("Quarterly Results", "RISK FACTORS").
Every pattern is linear-time on any input (a run of punctuation is matched from its first
character only; the abbreviation test reads a bounded window).
Left out: language-specific rules beyond English; a trained splitter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agentlib.errors import DeadlineReached
from agentlib.limits import Deadline

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st vs etc e.g i.e inc ltd co corp no fig approx dept est gov gen col lt sgt "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k a.m p.m mt ft".split()
)
_BOUNDARY = re.compile(r"""(?<![.!?])[.!?]+["')\]]*(?=\s+["'(\[]?[A-Z0-9])|\n\s*\n""")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
_LINE = re.compile(r"[^\n]+")
_NUMBERED_HEADING = re.compile(r"(?:\d{1,3}(?:\.\d{1,3}){0,4}\.?|[IVXLC]{1,6}\.|[A-Z]\.)[ \t]+\S")
_LIST_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{1,3}){0,4}|[IVXLC]{1,6}|[A-Z])")
HEADING_MAX_WORDS = 10
_ABBREVIATION_WINDOW = 32  # longer than any abbreviation; keeps each test O(1)
_DEADLINE_EVERY = 4096  # boundaries between two looks at the clock (about a millisecond of work)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and its [start, end) offsets in the text it was split from."""

    text: str
    start: int
    end: int


def split_sentences(text: str, offset: int = 0, deadline: Deadline | None = None) -> list[Sentence]:
    """Split `text` into sentences; offsets are shifted by `offset` (the text's place in its document).

    Raises:
        DeadlineReached: `deadline` passed before the end (checked every few thousand boundaries: a paragraph
            of megabytes takes seconds).
    """
    cuts: list[tuple[int, int]] = []  # (end of a sentence, start of the next)
    for number, match in enumerate(_BOUNDARY.finditer(text)):
        if deadline is not None and number % _DEADLINE_EVERY == 0 and deadline.expired:
            raise DeadlineReached("the deadline passed while splitting sentences")
        if match.group().startswith("\n"):
            cuts.append((match.start(), match.end()))
        elif not (match.group()[0] == "." and _ends_with_abbreviation(text, match.start())):
            cuts.append((match.end(), match.end()))
    cuts.extend(_heading_cuts(text))
    sentences: list[Sentence] = []
    start = 0
    for number, (end, following) in enumerate(sorted(cuts)):
        if deadline is not None and number % _DEADLINE_EVERY == 0 and deadline.expired:
            raise DeadlineReached("the deadline passed while splitting sentences")
        if end < start:
            continue
        _append(sentences, text, start, end, offset)
        start = max(start, following)
    _append(sentences, text, start, len(text), offset)
    return sentences


def is_heading_line(line: str) -> bool:
    """A line that reads as a heading (see the module docstring)."""
    words = line.split()
    if not 1 <= len(words) <= HEADING_MAX_WORDS or line.rstrip()[-1] in ".!?,;:" or not line[:1].isalnum():
        return False
    if _NUMBERED_HEADING.match(line):
        return True
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def _heading_cuts(text: str) -> list[tuple[int, int]]:
    """Cuts before and after every heading line that has text on the next line."""
    cuts: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        if line.end() >= len(text) or not is_heading_line(line.group().strip()):
            continue
        if line.start() > 0:
            cuts.append((line.start(), line.start()))
        cuts.append((line.end(), line.end()))
    return cuts


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """Whether the word before the `.` at `dot` is an abbreviation, initials, or a line's list number."""
    window_start = max(0, dot - _ABBREVIATION_WINDOW)
    window = text[window_start:dot]
    word = window.rsplit(None, 1)[-1] if window.strip() else ""
    indent = window[: len(window) - len(word)].rstrip(" \t")
    at_line_start = indent.endswith("\n") or (not indent and window_start == 0)
    if at_line_start and _LIST_NUMBER.fullmatch(word):
        return True  # "2. Outlook" at the start of a line numbers a heading or list item
    word = word.lower().lstrip("(\"'")
    return word in _ABBREVIATIONS or bool(_INITIALS.fullmatch(word))


def _append(sentences: list[Sentence], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = start + lead
    sentences.append(Sentence(stripped, offset + s, offset + s + len(stripped)))
