"""Order in time inside an assignment grid whose values are days or months: "Ann visits before Bo.", "Ann's meeting
is earlier than Bo's.", "Cy's appointment is the day after Ann's.", "Bo visits after Tuesday."

A grid category whose values are all weekdays (or all months) is ordered by the calendar. "A before B" says A's day
comes earlier in the week than B's; "the day before" / "two days after" fix the distance in calendar days (so
"the day after Monday" is Tuesday, whether or not Tuesday is one of the values). The sides are people (a name, or
a value said of its owner, as `grid_scales.names_a_person` decides) or a day of the category itself. The noun of the
event that falls on the day ("meeting", "appointment", "visit") is a linking word here.
"""

from __future__ import annotations

from dataclasses import dataclass

from agentlib.numwords import compound_number

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
EVENT_NOUNS = frozenset({"meeting", "appointment", "visit", "class", "lesson", "party", "interview", "exam", "test",
                         "shift", "birthday", "game", "match", "flight", "trip", "concert", "turn", "talk", "day",
                         "presentation", "delivery", "session", "practice", "dentist", "doctor's", "event", "month"})


@dataclass(frozen=True)
class CalendarClue:
    """`first` falls `direction` (-1 earlier, +1 later) than `second`, by exactly `distance` units if given."""

    first: int  # index of the mention
    second: int
    direction: int
    distance: int | None
    used: tuple[int, ...]


def calendar_of(values: list[str]) -> tuple[str, ...] | None:
    """The calendar a category's values come from, when they all do."""
    for calendar in (WEEKDAYS, MONTHS):
        if values and all(value in calendar for value in values):
            return calendar
    return None


def find_calendar_clue(words: list[str], spans: list[tuple[int, int]]) -> CalendarClue | None:
    """ "before" / "after" / "earlier than" / "later than", optionally "the day" / "N days" before it, between two
    mentions; None when the clue has none of these."""
    inside = {k for start, end in spans for k in range(start, end)}
    for position, word in enumerate(words):
        if position in inside:
            continue
        if word in ("before", "after"):
            direction, used = (-1 if word == "before" else 1), [position]
        elif word in ("earlier", "later", "sooner") and words[position + 1:position + 2] == ["than"]:
            direction, used = (-1 if word in ("earlier", "sooner") else 1), [position, position + 1]
        else:
            continue
        distance = None
        back = words[max(0, position - 2):position]
        if len(back) == 2 and back[1] in ("day", "days", "month", "months") and (
                back[0] in ("the", "a", "one") or compound_number(back[0]) is not None or back[0].isdigit()):
            distance = 1 if back[0] in ("the", "a", "one") else int(back[0]) if back[0].isdigit() else \
                compound_number(back[0])
            used = [position - 2, position - 1, *used]
        before = [k for k, (start, end) in enumerate(spans) if end <= min(used)]
        after = [k for k, (start, end) in enumerate(spans) if start > max(used)]
        if len(spans) != 2 or len(before) != 1 or len(after) != 1:
            return None
        return CalendarClue(before[0], after[0], direction, distance, tuple(used))
    return None


def calendar_expression(clue: CalendarClue, calendar: tuple[str, ...], values: list[str],
                        owner_of: dict[str, str], sides: list[tuple[str, str | None]]) -> str:
    """The clue over the category's owners: `sides` are (term, day) per mention, where day is set when the mention
    is a day of the category itself (its owner is not asked, the day is)."""
    def index(day: str) -> int:
        return calendar.index(day)

    def fits(a: str, b: str) -> bool:
        gap = index(b) - index(a) if clue.direction < 0 else index(a) - index(b)
        return gap == clue.distance if clue.distance is not None else gap > 0

    (first, first_day), (second, second_day) = sides[clue.first], sides[clue.second]
    cases = []
    for a in values if first_day is None else [first_day]:
        for b in values if second_day is None else [second_day]:
            if a == b or not fits(a, b):
                continue
            parts = ([] if first_day else [f"{owner_of[a]} == {first}"]) + \
                ([] if second_day else [f"{owner_of[b]} == {second}"])
            cases.append("(" + " and ".join(parts or ["true"]) + ")")
    return "(" + " or ".join(cases) + ")" if cases else "false"
