"""Distances on an order: "two places behind Sal", "three spots ahead of Kim", "1 position after Bo".

The grammar reads the distance here and the direction ("behind", "ahead of", "after", "before") with its usual
patterns, so "N places behind X" is exactly N steps later than X on the same order as "behind X"."""

from __future__ import annotations

from agentlib.puzzles.english.words import NUMBER_WORDS

_UNITS = frozenset({"place", "places", "spot", "spots", "position", "positions"})


def places_apart(words: list[str]) -> tuple[int, list[str]] | None:
    """(distance, the words after the unit) when `words` open with a count and a unit of place, else None."""
    if len(words) < 3 or words[1] not in _UNITS:
        return None
    count = NUMBER_WORDS.get(words[0]) if not words[0].isdigit() else int(words[0])
    if not isinstance(count, int) or count < 1 or (count == 1) != (words[1] in ("place", "spot", "position")):
        return None  # "two place", "one places": not this construction
    return count, words[2:]
