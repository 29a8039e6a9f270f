"""Sentence splitting with character offsets, so every sentence traces back to its source span.

A regex splitter: a sentence ends at `.`, `!` or `?` (optionally followed by closing quotes or
brackets) before whitespace and an upper-case letter, digit or quote, or at a blank line. Common
abbreviations ("Mr.", "e.g.", "U.S.") and decimals do not end a sentence.
Left out: language-specific rules beyond English; a trained splitter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st vs etc e.g i.e inc ltd co corp no fig approx dept est gov gen col lt sgt "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k a.m p.m mt ft".split()
)
_BOUNDARY = re.compile(r"""[.!?]+["')\]]*(?=\s+["'(\[]?[A-Z0-9])|\n\s*\n""")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and its [start, end) offsets in the text it was split from."""

    text: str
    start: int
    end: int


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Split `text` into sentences; offsets are shifted by `offset` (the text's place in its document)."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end() if not match.group().startswith("\n") else match.start()
        if match.group()[0] == "." and _ends_with_abbreviation(text[start : match.start()]):
            continue
        _append(sentences, text, start, end, offset)
        start = match.end()
    _append(sentences, text, start, len(text), offset)
    return sentences


def _ends_with_abbreviation(before: str) -> bool:
    word = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    word = word.lstrip("(\"'")
    return word in _ABBREVIATIONS or bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", word))


def _append(sentences: list[Sentence], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = start + lead
    sentences.append(Sentence(stripped, offset + s, offset + s + len(stripped)))
