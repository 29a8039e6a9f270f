"""Numbered clues typed on one line, as a puzzle-book page prints them: "Clues: (1) Kara is taller than Liv. (2) Moe
is shorter than Liv. Question: Who ...?", "Clue 1: ... Clue 2: ...", "1. Ula finished third. 2. Vic ...".

Each marker is put at the start of its own line, where `typed_layout` drops line markers; nothing else changes. A
change of layout only, and so sound, because a marker counts as one only when the markers of the text number their
sentences 1, 2, 3 ... in order, each right after the start of the text or the end of a sentence: a lone "(2)" or a
"3." that ends "Ann is 3." is content and is left alone. The labels "Clues:" and "Question:" before such a run go
on a line of their own too, so that the heading they follow ("Page 12, puzzle 3.") stays a remark by itself.
"""

from __future__ import annotations

import re

# a marker at the start of the text or after a sentence's end: "(1)", "1)", "1.", "Clue 1:", "Fact 2 -"
_MARKER = re.compile(r"(?:^|(?<=[.!?:\"'])\s+)(?P<marker>\((?P<a>\d{1,2})\)|(?P<b>\d{1,2})[.)](?=\s+[A-Z\"'])|"
                     r"(?:clue|fact|hint|statement|rule|condition|step)[ \t]*#?(?P<c>\d{1,2})[ \t]*[:.)-])", re.I)
_LABEL = re.compile(r"(?<=[.!?])\s+(?P<marker>(?:clues|facts|hints|statements|rules|conditions|question)[ \t]*:)",
                    re.I)

# "Clues:" alone on its line heads the clues and states nothing
_BARE_LABEL_LINE = re.compile(r"^[ \t]*(?:clues|facts|hints|statements|rules|conditions)[ \t]*:[ \t]*(?:\n|$)",
                              re.I | re.M)


def clues_on_lines(text: str) -> str:
    """`text` with its inline clue markers each starting a line, and without a line that only says "Clues:"; the text
    as typed when it numbers no run of clues and has no such line."""
    return _BARE_LABEL_LINE.sub("", _on_lines(text))


def _on_lines(text: str) -> str:
    markers = list(_MARKER.finditer(text))
    numbers = [int(m.group("a") or m.group("b") or m.group("c")) for m in markers]
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return text
    starts = sorted({m.start("marker") for m in markers} |
                    {m.start("marker") for m in _LABEL.finditer(text) if m.start() < markers[-1].start()
                     or m.group("marker").lower().startswith("question")})
    pieces, cursor = [], 0
    for start in starts:
        pieces.append(text[cursor:start].rstrip())
        cursor = start
    pieces.append(text[cursor:])
    return "\n".join(piece for piece in pieces if piece)
