"""A line-up ordered by a measure: "Five kids line up by height. ... Who is in the middle?".

Lining up by height puts the kids in the order of their heights, from one end or the other; which end comes first
is not said, but the middle of an odd line is the same place from either end: the ((n + 1) / 2)-th tallest. So the
line-up sentence is read as the scene it sets ("Five kids stand in a line.") and "Who is in the middle?" as "Who is
the third tallest?" (n from the sentence's count or its listed names). An even line has no middle place, and every
other question about the line (its front, its end) depends on the unsaid direction; those stay as written, and the
puzzle abstains on them.
"""

from __future__ import annotations

import re

from agentlib.numwords import small_number

_MEASURES = {"height": "tallest", "age": "oldest", "weight": "heaviest", "size": "biggest"}
_ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}
_LINEUP = re.compile(r"(?:^|(?<=[.!?]\s))(?P<cast>[A-Z][^.!?]*?) (?:line up|lined up|are lined up|were lined up|"
                     r"stand in a (?:line|row)|stood in a (?:line|row)|are arranged|were arranged)(?: in order)? "
                     r"(?:by|according to|in order of) (?:their )?(?P<measure>height|age|weight|size)\.")
_MIDDLE = re.compile(r"\b(?:Who|who) (?:is|stands|was|stood) (?:in the middle|in the middle of the (?:line|row))\?")


def middle_by_measure(text: str) -> str:
    """`text` with a line-up by a measure and its middle asked read as above; unchanged otherwise."""
    lineups = list(_LINEUP.finditer(text))
    middles = list(_MIDDLE.finditer(text))
    if len(lineups) != 1 or len(middles) != 1:
        return text
    lineup, middle = lineups[0], middles[0]
    size = _cast_size(lineup.group("cast"))
    if size is None or size % 2 == 0 or (size + 1) // 2 not in _ORDINALS:
        return text
    asked = f"Who is the {_ORDINALS[(size + 1) // 2]} {_MEASURES[lineup.group('measure')]}?"
    scene = f"{lineup.group('cast')} stand in a line."
    return text[:lineup.start()] + scene + text[lineup.end():middle.start()] + asked + text[middle.end():]


def _cast_size(cast: str) -> int | None:
    """ "Five kids" -> 5, "Ava, Ben and Cy" -> 3; None for anything else."""
    counted = re.fullmatch(r"(?P<count>\w+) [a-z]+", cast)
    if counted is not None:
        return small_number(counted.group("count"))
    names = re.fullmatch(r"[A-Z][a-z]+(?:, [A-Z][a-z]+)*,? and [A-Z][a-z]+", cast)
    return len(re.findall(r"[A-Z][a-z]+", cast)) if names is not None else None
