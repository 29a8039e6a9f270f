"""Events ordered with different verbs on one timeline: "Lord Ashby died before the storm. The storm began before
midnight. Did Lord Ashby die before midnight?"

Each verb's "before" / "after" gets its own order (`logic.event_scale`): people's arrivals and departures are
different events, and "Ann arrived before Bob. Bob left before Cy." says nothing about Ann and Cy. A thing that is
no person ("the storm", "midnight", "lunch") is one moment, though, whatever verb places it: read on separate
orders, the storm's place among deaths and its place among beginnings are unrelated, and an answer left open by that
split is an answer from the reading, not the text. So when a non-person stands on two event orders and the open
answer would change with all event orders read as one timeline, the verdict abstains.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from agentlib.puzzles.english.logic import EVENT_SCALE_SUFFIX, Compare, Const, Formula, map_formula, walk

TIMELINE = "event" + EVENT_SCALE_SUFFIX
# orders of moments besides each verb's own: a race's finish, arrivals, departures (rows and floors are places)
_TIME_SCALES = ("finish", "arrival", "departure")


def is_time_scale(scale: str) -> bool:
    return scale.endswith(EVENT_SCALE_SUFFIX) or scale in _TIME_SCALES


def event_orders(formula: Formula) -> dict[str, set[str]]:
    """Each event order's scale -> the constants placed on it in `formula`."""
    found: dict[str, set[str]] = {}
    for node in walk(formula):
        if isinstance(node, Compare) and is_time_scale(node.scale):
            terms = found.setdefault(node.scale, set())
            terms.update(t.key for t in (node.left, node.right) if isinstance(t, Const))
    return found


def shared_moments(formulas: list[Formula], people: set[str]) -> set[str]:
    """The non-person constants that stand on two event orders or more."""
    scales_of: dict[str, set[str]] = {}
    for formula in formulas:
        for scale, keys in event_orders(formula).items():
            for key in keys:
                scales_of.setdefault(key, set()).add(scale)
    return {key for key, scales in scales_of.items() if len(scales) > 1 and key not in people}


def on_one_timeline(formula: Formula) -> Formula:
    """`formula` with every order of moments read as the one timeline."""
    def merge(node: Formula) -> Formula | None:
        if isinstance(node, Compare) and is_time_scale(node.scale) and node.scale != TIMELINE:
            return replace(node, scale=TIMELINE)
        return None

    return map_formula(formula, merge)


def timeline_doubt(formulas: list[Formula], goal: Formula, people: set[str], status: str,
                   merged_status: Callable[[], str]) -> list[str]:
    """The moments (constant keys) that tie two event orders together, when reading one timeline would change the
    entailment `status` of `goal`; none otherwise. `merged_status` decides the goal on one timeline (called only when
    some moment stands on two orders)."""
    moments = shared_moments([*formulas, goal], people)
    if not moments or merged_status() == status:
        return []
    return sorted(moments)
