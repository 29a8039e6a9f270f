"""A time of day in another time zone, with the offsets stated: "10:00 in New York (UTC-5) is what time in Berlin
(UTC+1)", "3pm in London is what time in Tokyo if Tokyo is 9 hours ahead", "what time is it in Delhi (UTC+5:30) when
it is 9:00 in London (UTC+0)".

The clock moves by the difference of the two offsets (or by the hours one place is said to be ahead or behind the
other) and the answer is a `clock_time` request, checked like any clock sum (a day crossed is said). A place's
offset is never looked up: summer time and local rules change it, so "3pm in London is what time in Tokyo" with no
offset given is not read.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.clock_times import ClockRequest

_TIME = r"(\d{1,2})(?::(\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)?"
_PLACE = r"([a-z][a-z .'-]{1,30}?)"
_OFFSET = r"\(?(?:utc|gmt) ?([+-−]) ?(\d{1,2})(?::?(\d{2}))?\)?|\(?(?:utc|gmt)\)?"
_SHAPES = [  # (pattern, how the groups are laid out)
    (re.compile(rf"{_TIME} in {_PLACE} (?:{_OFFSET}) is what time in {_PLACE} (?:{_OFFSET})"), "stated"),
    (re.compile(rf"what time is it in {_PLACE} (?:{_OFFSET}) when it(?:'s| is) {_TIME} in {_PLACE} (?:{_OFFSET})"),
     "stated_reversed"),
    (re.compile(rf"{_TIME} in {_PLACE} is what time in {_PLACE},? if {_PLACE} is (\d{{1,2}}) hours? (ahead|behind)"
                rf"(?: of {_PLACE})?"), "ahead"),
]


def read_time_zone(text: str) -> ClockRequest | None:
    """The clock sum `text` asks for between two time zones, or None when it is not this request."""
    plain = " ".join(text.lower().replace("’", "'").split()).rstrip(" ?.!")
    for pattern, layout in _SHAPES:
        match = pattern.fullmatch(plain)
        if match is None:
            continue
        g = match.groups()
        if layout == "stated":
            start, place, offset, other, other_offset = g[0:3], g[3], _offset(g[4:7]), g[7], \
                _offset(g[7 + 1:7 + 4])
        elif layout == "stated_reversed":
            other, other_offset, start, place, offset = g[0], _offset(g[1:4]), g[4:7], g[7], \
                _offset(g[8:11])
        else:
            start, place, other, named, hours, direction, of = g[0:3], g[3], g[4], g[5], int(g[6]), g[7], g[8]
            if named.strip() == other.strip() and of in (None, place):
                offset, other_offset = 0, hours * 60 * (1 if direction == "ahead" else -1)
            elif named.strip() == place.strip() and of in (None, other):
                offset, other_offset = hours * 60 * (1 if direction == "ahead" else -1), 0
            else:
                return None
        if offset is None or other_offset is None or place.strip() == other.strip():
            return None
        clock = _clock(*start)
        if clock is None:
            return None
        return ClockRequest(clock[0], delta=other_offset - offset, twelve_hour=clock[1])
    return None


def _offset(parts: tuple) -> int | None:
    """UTC±H(:MM) in minutes; bare "UTC" is 0; None beyond ±14 hours."""
    sign, hours, minutes = parts
    if sign is None:
        return 0
    total = int(hours) * 60 + int(minutes or 0)
    return None if total > 14 * 60 or int(minutes or 0) > 59 else (-total if sign in "-−" else total)


def _clock(hour: str, minute: str | None, ampm: str | None) -> tuple[int, bool] | None:
    """(minutes after midnight, written with am / pm), or None when it is no time of day."""
    h, m = int(hour), int(minute or 0)
    if m > 59:
        return None
    if ampm:
        if not 1 <= h <= 12:
            return None
        return (h % 12 + (12 if ampm.startswith("p") else 0)) * 60 + m, True
    return (h * 60 + m, False) if h <= 23 else None


__all__ = ["read_time_zone"]
