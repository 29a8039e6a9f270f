"""Words swapped in place: a summary word that the source never uses, standing where the source has another word.

An edited summary often keeps a source sentence and changes one word ("The company hired 40 people." becomes "The
company fired 40 people."). One new content word out of several is far below the novelty threshold, so the novelty
rule cannot see it; what gives it away is its place: the words around it (both neighbours and one more) are the
source's, in the source's order, around a different word. A summary that rewords freely rarely keeps both neighbours
of the word it changes; and only a known opposite or a word a letter or two away from the source's counts (see
`_contrasting`), so a synonym in the source's place is not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Swap:
    """`new` stands where the source has `old`, between the same two words."""

    new: str
    old: str


def words(text: str) -> list[str]:
    """Lower-cased word tokens of `text` (apostrophe forms kept whole, so "didn't" is one token)."""
    return _WORD.findall(text.lower().replace("’", "'"))


def swapped_words(sentence: str, aligned: Sequence[str], unsupported: Callable[[str], bool],
                  counts_as_content: Callable[[str], bool], opposed: Callable[[str, str], bool]) -> list[Swap]:
    """Content words of `sentence` that `unsupported` rejects and whose surroundings (see `_contexts`) surround another
    content word in one of the `aligned` source sentences, the two words `opposed` or a letter or two apart (each new
    word reported once)."""
    tokens = words(sentence)
    contexts: dict[tuple[str, ...], set[str]] = {}
    for source_sentence in aligned:
        source = words(source_sentence)
        for position in range(len(source)):
            for context in _contexts(source, position):
                contexts.setdefault(context, set()).add(source[position])
    swaps: list[Swap] = []
    seen: set[str] = set()
    for position, word in enumerate(tokens):
        if word in seen or not counts_as_content(word) or not unsupported(word):
            continue
        olds = sorted({old for context in _contexts(tokens, position) for old in contexts.get(context, ())
                       if old != word and counts_as_content(old) and _contrasting(word, old, opposed)})
        if olds:
            seen.add(word)
            swaps.append(Swap(word, olds[0]))
    return swaps


def _contexts(tokens: Sequence[str], position: int) -> list[tuple[str, ...]]:
    """The word's surroundings that count as "the same place": both neighbours and one more word on either side.
    Two neighbours alone are too often "the ... of"; three shared words around one gap rarely happen by chance."""
    found = []
    if position >= 2 and position + 1 < len(tokens):
        found.append(("<", *tokens[position - 2:position], tokens[position + 1]))
    if position >= 1 and position + 2 < len(tokens):
        found.append((">", tokens[position - 1], *tokens[position + 1:position + 3]))
    return found


def _contrasting(new: str, old: str, opposed: Callable[[str, str], bool]) -> bool:
    """A known opposite, or a word a letter or two away ("hired"/"fired", "implicit"/"explicit", "Austria"/
    "Australia"). Any other word in the same place is as often a synonym ("propose"/"introduce") as a changed fact:
    on held-out summaries flagging every such word cost more false alarms than it caught edits."""
    if opposed(new, old):
        return True
    return min(len(new), len(old)) >= 4 and _within_two_edits(new, old)


def _within_two_edits(first: str, second: str) -> bool:
    if abs(len(first) - len(second)) > 2:
        return False
    previous = list(range(len(second) + 1))
    for row, letter in enumerate(first, 1):
        current = [row]
        for column, other in enumerate(second, 1):
            current.append(min(previous[column] + 1, current[column - 1] + 1,
                               previous[column - 1] + (letter != other)))
        previous = current
    return previous[-1] <= 2
