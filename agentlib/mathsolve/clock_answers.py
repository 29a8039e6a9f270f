"""The answers of clock requests (`clock_times.py` reads them): a time moved by a duration, the time between two.

Arithmetic is on minutes after midnight modulo a day (24 x 60); each answer is checked by redoing it with
`datetime` (a date-time plus a `timedelta`, or the difference of two) and by the inverse sum.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work
from agentlib.mathsolve.clock_times import DAY_MINUTES, say_duration, say_time

_MIDNIGHT = datetime(2000, 1, 1)


def clock_time(items: list[int], clock: tuple[str, ...], work: Work) -> Answer:
    """The time `items[1]` minutes after (before, when negative) the time `items[0]`."""
    if len(items) != 2:
        raise Abstain("a clock time needs a time and a duration", "not_understood")
    start, delta = items
    twelve = "12-hour" in clock
    total = start + delta
    result = total % DAY_MINUTES
    days = total // DAY_MINUTES
    work.say(f"{say_time(start, twelve)} is {start} minutes after midnight; "
             f"{'add' if delta >= 0 else 'subtract'} {say_duration(abs(delta))} ({abs(delta)} minutes)")
    work.checked(f"{start} {'+' if delta >= 0 else '-'} {abs(delta)} = {total} minutes"
                 + (f" = {result} minutes {'the next day' if days == 1 else f'{days:+d} days'}" if days else ""),
                 total, start + delta == total, f"{start} + {delta} = {total}")
    text = say_time(result, twelve)
    work.checked(f"{result} minutes after midnight is", text, True, f"{result} = 60 x {result // 60} + {result % 60}")
    redone = _MIDNIGHT + timedelta(minutes=start) + timedelta(minutes=delta)
    work.verify(f"datetime: {say_time(start, twelve)} + ({delta} min) = {redone:%H:%M}",
                redone.hour * 60 + redone.minute == result, "datetime + timedelta")
    work.verify(f"{text} - ({delta} min) = {say_time(start, twelve)}", (result - delta - start) % DAY_MINUTES == 0,
                "the inverse sum, modulo a day")
    notes = []
    if days:
        notes.append("the next day" if days == 1 else "the day before" if days == -1 else f"{days:+d} days")
    if not twelve and not 60 <= result < 13 * 60:
        notes.append(f"read as a 24-hour time; on a 12-hour clock {say_time(result, True).rsplit(' ', 1)[0]}")
    shown = text + (f" ({notes[0]})" if days else "")
    if "korean" in clock:
        hour, minute = divmod(result, 60)
        half = ("오전 " if hour < 12 else "오후 ") if twelve else ""
        hour = (hour - 1) % 12 + 1 if twelve else hour
        shown += f" ({half}{hour}시" + (f" {minute}분" if minute else "") + ")"
    return Answer(shown, shown.replace(" ", r"\ "), {"kind": "text", "text": text, "minutes": result, "days": days},
                  notes=notes)


def time_between(items: list[int], clock: tuple[str, ...], work: Work) -> Answer:
    """How long from the time `items[0]` forward to the time `items[1]`."""
    if len(items) != 2:
        raise Abstain("a duration needs two times", "not_understood")
    start, end = items
    twelve = "12-hour" in clock
    if end < start and not twelve:
        raise Abstain(f"{say_time(start, False)} to {say_time(end, False)} crosses midnight on a 24-hour clock; "
                      "without a.m./p.m. the times may mean the same half-day ('9 to 5'): say which", "ambiguous")
    minutes = (end - start) % DAY_MINUTES
    work.say(f"{say_time(start, twelve)} is {start} minutes after midnight, {say_time(end, twelve)} is {end}")
    work.checked(f"{end} - {start} = {minutes} minutes" if end >= start else
                 f"{end} + {DAY_MINUTES} - {start} = {minutes} minutes (past midnight)", minutes, True,
                 f"({end} - {start}) mod {DAY_MINUTES} = {minutes}")
    later = _MIDNIGHT + timedelta(minutes=end) + (timedelta(days=1) if end < start else timedelta())
    redone = later - (_MIDNIGHT + timedelta(minutes=start))
    work.verify(f"datetime: {say_time(end, twelve)} - {say_time(start, twelve)} = {redone}",
                redone == timedelta(minutes=minutes), "datetime difference")
    work.verify(f"{say_time(start, twelve)} + {minutes} min = {say_time(end, twelve)}",
                (start + minutes - end) % DAY_MINUTES == 0, "the inverse sum, modulo a day")
    korean = "korean" in clock
    if "minutes" in clock:
        text = f"{minutes}분" if korean else f"{minutes} minutes"
    elif "hours" in clock and minutes % 60 == 0:
        text = f"{minutes // 60}시간" if korean else f"{minutes // 60} hours"
    else:
        text = say_duration(minutes, korean)
    return Answer(text, text.replace(" ", r"\ "), {"kind": "text", "text": text, "minutes": minutes})
