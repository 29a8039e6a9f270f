"""A race told by speeds and asked by places: "Tilly, Pip and Moss had a race. Pip was faster than Tilly. Moss was
faster than Pip. Who came last?".

In a race everyone runs the same course, so the faster one finishes first: the order of finishing is the order of
speed, fastest first. The grammar keeps speeds compared among the cast as distinct places (no ties, as for any
compared scale it ranks), so "came last" is "the slowest". The reading is taken only where the text says there is a
race and speed is the one order its statements give; "Ann is faster than Bo. Who came first?" with no race named
is left unread (first at what?), and so is a text that also orders finishing some other way.
"""

from __future__ import annotations

import re
from typing import Literal

from agentlib.puzzles.english.logic import Adjacent, Compare, Formula, Rank, map_formula

SPEED, FINISH = "speed", "finish"
_RACE = re.compile(r"\b(?:races?|raced|racing|marathon|sprint|5k|10k|relay|derby|dash|heat|grand prix)\b", re.I)


def finish_by_speed(ranked: set[str], ordered_places: set[str], sentences: list[str]) -> bool:
    """Whether the finishing order may be read as the order of speed: `ranked` the scales the statements rank,
    `ordered_places` those among them that are places in an order of events or a row."""
    return ranked == {SPEED} and not ordered_places and any(_RACE.search(s) for s in sentences)


_FLIPPED: dict[str, Literal["<", ">", "==", "!="]] = {"<": ">", ">": "<", "==": "==", "!=": "!="}


def as_speed(formula: Formula) -> Formula:
    """`formula` with places in the finishing order said as speeds: place 1 (first) is the fastest, and the speed
    scale ranks the slowest at place 1, so a place counts from the other end and "before" is "faster"."""
    def turn(node: Formula) -> Formula | None:
        if isinstance(node, Rank) and node.scale == FINISH:
            return Rank(SPEED, node.term, node.position, not node.from_end)
        if isinstance(node, Compare) and node.scale == FINISH:
            return Compare(SPEED, node.left, _FLIPPED[node.op], node.right, -node.offset)
        if isinstance(node, Adjacent) and node.scale == FINISH:
            return Adjacent(SPEED, node.left, node.right)
        return None
    return map_formula(formula, turn)
