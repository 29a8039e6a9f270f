"""Clock arithmetic in words: "What time is it 3 hours 45 minutes after 10:30?", "9시 40분에서 2시간 35분 후는?",
"2:15 pm plus 5 hours", "How long is it from 9:15 to 11:40?",
"How many minutes between 9:15 and 11:40?", "9시 15분부터 11시 40분까지 몇 분?".

A time of day is read as minutes after midnight (`10:30`, `7 pm`, `오후 3시 20분`, `noon`, `midnight`); a duration
as minutes (`3 hours 45 minutes`, `2h 35m`, `2시간 35분`, `90 minutes`). The request becomes `clock_time` (a time
moved by a signed duration, on a 24-hour dial) or `time_between` (how long from one time to the next, forward, on
the same dial). The reader never guesses a.m. from p.m.: a time written without them is a 24-hour time, and the
answer says how it reads on a 12-hour clock. Each answer is checked by redoing the sum with `datetime`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agentlib.mathsolve.request import MathRequest

DAY_MINUTES = 24 * 60

_H = r"(?P<{0}h>\d{{1,2}})"
_AMPM = r"(?:\s?(?P<{0}ap>a\.?m\.?|p\.?m\.?))?"
_EN_TIME = r"(?:(?P<{0}noon>noon|midday|midnight)|" + _H + r"(?::(?P<{0}m>\d{{2}}))?" + _AMPM + r")"
_KO_TIME = (r"(?:(?P<{0}half>오전|오후|아침|저녁|밤|낮)\s?)?" + _H
            + r"\s?시(?:\s?(?P<{0}m>\d{{1,2}})\s?분|\s?(?P<{0}ban>반))?")
_EN_DURATION = (r"(?:(?P<dh>\d{1,6})\s?(?:hours?|hrs?|h)\b(?:,?\s?(?:and\s)?(?P<dm>\d{1,6})\s?(?:minutes?|mins?|m)\b)?"
                r"|(?P<dmo>\d{1,6})\s?(?:minutes?|mins?)\b)")
_KO_DURATION = r"(?:(?P<dh>\d{1,6})\s?시간(?:\s?(?P<dm>\d{1,6})\s?분)?|(?P<dmo>\d{1,6})\s?분)"


def _en(name: str) -> str:
    return _EN_TIME.format(name)


def _ko(name: str) -> str:
    return _KO_TIME.format(name)


_SHAPES_MOVE: list[tuple[re.Pattern[str], int]] = [  # (shape, sign of the duration)
    (re.compile(rf"^(?:what time (?:is it|is|will it be|was it|would it be) |what is the time )?{_EN_DURATION} "
                rf"(?P<dir>after|from|past|later than|before|earlier than) {_en('s')}\??$"), 0),
    (re.compile(rf"^(?:what time is it |what is )?{_en('s')} (?P<dir>plus|\+|minus|-) {_EN_DURATION}\??$"), 0),
    # "It's 9:45 now. What time will it be in 2 hours?", "If it's 10:50 now, what time will it be in 25 minutes?"
    (re.compile(rf"^(?:if )?(?:it is|it's) {_en('s')}(?: (?:right )?now)?[.,]? what time (?:will it be|is it|"
                rf"would it be) (?:in )?{_EN_DURATION}"
                rf"(?: (?P<dir>later|from now|ago|earlier))?\??$"), 1),
    (re.compile(rf"^{_ko('s')}\s?(?:에서|부터|으로부터)\s?{_KO_DURATION}\s?(?P<dir>후|뒤|지난 후|전)"
                rf"(?:는|은|에는|의 시각은|의 시간은|는 몇 시(?:인가요|예요|입니까)?|에는 몇 시)?"
                rf"(?: ?몇 ?시(?: ?몇 ?분)?(?:인가요|예요|입니까|일까요)?)?\??$"), 0),
]
_SHAPES_BETWEEN = [
    re.compile(rf"^(?:how (?:long|much time|many (?P<unit>minutes|hours)) (?:is it |is there |passes |does it take )?"
               rf"|what is the (?:time|duration) )?from {_en('s')} (?:to|until|till) {_en('e')}\??$"),
    # "how many minutes between 9:15 and 11:40": "between" asks the same, forward from the first time
    re.compile(rf"^(?:how (?:long|much time|many (?P<unit>minutes|hours)) (?:is it |is there |passes |elapses )?"
               rf"|(?:what is |what's )?the (?:time|duration) |time )?between {_en('s')} and {_en('e')}\??$"),
    re.compile(rf"^{_ko('s')}\s?부터 {_ko('e')}\s?까지(?:는)? ?(?:몇 ?(?P<unit>분|시간)(?: ?몇 ?분)?|얼마(?:나)?)"
               rf"(?: ?(?:걸리나요|걸려요|인가요|입니까|예요|일까요|지났나요))?\??$"),
]


@dataclass(frozen=True)
class ClockRequest:
    """What the reader found: minutes after midnight, and either a signed duration or an end time."""

    start: int
    delta: int | None = None
    end: int | None = None
    twelve_hour: bool = False  # the text wrote a.m./p.m. (or 오전/오후): answer on a 12-hour clock
    korean: bool = False
    unit: str | None = None  # "minutes" / "hours" when the question asks for one unit


def _time(match: re.Match[str], name: str) -> tuple[int, bool] | None:
    """(minutes after midnight, written with a.m./p.m.) for the time named `name`, or None when impossible."""
    groups = match.groupdict()
    noon = groups.get(f"{name}noon")
    if noon:
        return (0 if noon == "midnight" else 12 * 60), True
    hour = int(groups[f"{name}h"])
    minute = int(groups.get(f"{name}m") or (30 if groups.get(f"{name}ban") else 0))
    ampm = (groups.get(f"{name}ap") or "").replace(".", "")
    half = groups.get(f"{name}half") or ""
    if minute > 59 or hour > 24:
        return None
    if ampm or half:
        if not 1 <= hour <= 12:
            return None
        afternoon = ampm == "pm" or half in ("오후", "저녁", "밤") or (half == "낮" and hour < 6)
        hour = hour % 12 + (12 if afternoon else 0)
        return hour * 60 + minute, True
    if hour == 24:
        hour = 0
    return hour * 60 + minute, False


def _duration(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("dmo"):
        return int(groups["dmo"])
    hours, minutes = int(groups.get("dh") or 0), int(groups.get("dm") or 0)
    if minutes > 59 and hours:
        return None
    return hours * 60 + minutes


def read_clock(text: str) -> ClockRequest | None:
    """The clock question `text` asks, or None when it is not one of the shapes above."""
    low = " ".join(text.strip().lower().split())
    korean = bool(re.search(r"[\uac00-\ud7a3]", low))
    for shape, _ in _SHAPES_MOVE:
        match = shape.match(low)
        if match is None:
            continue
        start, duration = _time(match, "s"), _duration(match)
        if start is None or duration is None or duration > 100 * DAY_MINUTES:
            return None
        direction = match.groupdict().get("dir") or "later"
        sign = -1 if direction in ("before", "earlier than", "minus", "-", "ago", "earlier", "전") else 1
        return ClockRequest(start[0], delta=sign * duration, twelve_hour=start[1], korean=korean)
    for shape in _SHAPES_BETWEEN:
        match = shape.match(low)
        if match is None:
            continue
        start, end = _time(match, "s"), _time(match, "e")
        if start is None or end is None:
            return None
        unit = match.groupdict().get("unit")
        unit = {"분": "minutes", "시간": "hours"}.get(unit or "", unit)
        return ClockRequest(start[0], end=end[0], twelve_hour=start[1] or end[1], korean=korean, unit=unit)
    return None


def say_time(minutes: int, twelve_hour: bool) -> str:
    """`minutes` after midnight as "14:05", or "2:05 PM" on a 12-hour clock."""
    hour, minute = divmod(minutes % DAY_MINUTES, 60)
    if twelve_hour:
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"
    return f"{hour:02d}:{minute:02d}"


def say_duration(minutes: int, korean: bool = False) -> str:
    hours, minute = divmod(minutes, 60)
    if korean:
        return " ".join(p for p in (f"{hours}시간" if hours else "", f"{minute}분" if minute or not hours else "") if p)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}" if hours else "",
             f"{minute} minute{'s' if minute != 1 else ''}" if minute or not hours else ""]
    return " ".join(p for p in parts if p)


def clock_request(clock: ClockRequest) -> MathRequest:
    """The `clock_time` or `time_between` request for what `read_clock` found."""
    flags = tuple(f for f, on in (("12-hour", clock.twelve_hour), ("korean", clock.korean),
                                  (clock.unit or "", clock.unit is not None)) if on)
    if clock.end is not None:
        return MathRequest("time_between", (str(clock.start), str(clock.end)), clock=flags,
                           notes=("times of day read as minutes after midnight",))
    return MathRequest("clock_time", (str(clock.start), str(clock.delta)), clock=flags,
                       notes=("a time of day read as minutes after midnight",))
