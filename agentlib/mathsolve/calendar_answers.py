"""The answers of calendar requests (`calendar_days.py` reads them): days between two dates, the weekday of a date
or of a weekday moved by some days, the date some days after another.

Each answer is computed with `datetime` and checked by a second method that shares nothing with it: day counts by
summing month lengths under the Gregorian leap rule, weekdays by Zeller's congruence, moved weekdays and dates by
moving back. A date with no year (`NO_YEAR`) is tried in four consecutive years, one of each leap phase: the answer
stands only when all four agree, else it depends on the year and the request abstains.
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.calendar_days import DAYS_PER_WEEK, MONTHS, NO_YEAR, WEEKDAYS
from agentlib.mathsolve.checks import Work

_PHASES = (2021, 2022, 2023, 2024)  # one year of each place in the four-year leap cycle
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _ordinal(year: int, month: int, day: int) -> int:
    """Days since 31 December of year 0 (proleptic Gregorian), by month lengths: the check of `date.toordinal`."""
    before = year - 1
    days = before * 365 + before // 4 - before // 100 + before // 400
    days += sum(_MONTH_DAYS[:month - 1]) + (1 if month > 2 and _leap(year) else 0)
    return days + day


def _zeller(year: int, month: int, day: int) -> int:
    """Zeller's congruence for the Gregorian calendar, as an index of WEEKDAYS (Monday 0)."""
    if month < 3:
        month, year = month + 12, year - 1
    h = (day + 13 * (month + 1) // 5 + year % 100 + year % 100 // 4 + year // 100 // 4 + 5 * (year // 100)) % 7
    return (h + 5) % 7  # Zeller's 0 is Saturday


def _real(year: int, month: int, day: int, year_given: bool = True) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        if not year_given and (month, day) == (2, 29):
            raise Abstain("February 29 falls only in a leap year: the year is needed", "ambiguous") from None
        named = f"{MONTHS[month - 1]} {day}" if 1 <= month <= 12 else f"month {month}, day {day}"
        raise Abstain(f"there is no date {named}" + (f", {year}" if year_given else ""), "not_understood") from None


def _say(day: date, with_year: bool) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}" + (f", {day.year}" if with_year else "")


def days_between(items: list[int], work: Work) -> Answer:
    """Days from the date items[0:3] to the date items[3:6] (with no year: items[3] says same year 0, next 1); in
    weeks when items[6] is the days of a week."""
    if len(items) not in (6, 7) or items[6:] not in ([], [DAYS_PER_WEEK]):
        raise Abstain("a span of days needs two dates", "not_understood")
    y1, m1, d1, y2, m2, d2 = items[:6]
    years = [(base, base + y2) for base in _PHASES] if y1 == NO_YEAR else [(y1, y2)]
    counts = set()
    for first_year, second_year in years:
        first, second = _real(first_year, m1, d1, y1 != NO_YEAR), _real(second_year, m2, d2, y1 != NO_YEAR)
        count = (second - first).days
        counts.add(count)
        work.verify(f"{_say(first, True)} to {_say(second, True)}: {count} days by month lengths",
                    _ordinal(second_year, m2, d2) - _ordinal(first_year, m1, d1) == count,
                    "the sum of month lengths under the leap rule")
    if len(counts) != 1:
        raise Abstain(f"the count depends on the year (a leap year or not: {sorted(counts)})", "ambiguous")
    count = counts.pop()
    if count < 0:
        raise Abstain("the second date comes before the first", "ambiguous")
    first = date(years[0][0], m1, d1)
    work.say(f"from {_say(first, y1 != NO_YEAR)} to {_say(date(years[0][1], m2, d2), y1 != NO_YEAR)}: {count} days"
             + (" in any year" if y1 == NO_YEAR else ""))
    notes = ["the same in a leap year and a common year"] if y1 == NO_YEAR else []
    if items[6:]:
        weeks = Fraction(count, DAYS_PER_WEEK)
        work.verify(f"{count} days = {weeks} weeks", weeks * DAYS_PER_WEEK == count, "7 days a week")
        shown = str(weeks) if weeks.denominator == 1 else f"{weeks} ({weeks.numerator // weeks.denominator} weeks " \
            f"and {count % DAYS_PER_WEEK} days)"
        return Answer(f"{shown} weeks" if weeks.denominator == 1 else shown, f"{weeks}\\ \\text{{weeks}}",
                      {"kind": "expression", "expression": str(weeks), "constant": False}, notes=notes)
    return Answer(f"{count} days", f"{count}\\ \\text{{days}}", {"kind": "expression", "expression": str(count),
                                                                      "constant": False}, notes=notes)


def weekday(items: list[int], work: Work) -> Answer:
    """The weekday `items[1]` days after the weekday index `items[0]`, or the weekday of the date items[0:3]."""
    if len(items) == 2:
        start, offset = items
        if not 0 <= start < 7:
            raise Abstain("not a weekday", "not_understood")
        result = (start + offset) % 7
        work.say(f"{WEEKDAYS[start]} moved by {offset} days: {offset} = 7 × {offset // 7} + {offset % 7}")
        work.verify(f"{WEEKDAYS[result]} moved back by {offset} days is {WEEKDAYS[start]}",
                    (result - offset) % 7 == start, "the inverse move, modulo a week")
    elif len(items) == 3:
        day = _real(items[0], items[1], items[2])
        result = day.weekday()
        work.say(f"{_say(day, True)} in the Gregorian calendar")
        work.verify(f"Zeller's congruence gives {WEEKDAYS[_zeller(*items)]}", _zeller(*items) == result,
                    "Zeller's congruence")
    else:
        raise Abstain("a weekday needs a weekday and a count of days, or a date", "not_understood")
    name = WEEKDAYS[result]
    return Answer(name, f"\\text{{{name}}}", {"kind": "text", "text": name})


def date_after(items: list[int], work: Work) -> Answer:
    """The date `items[3]` days after the date items[0:3] (with no year: the same in every leap phase)."""
    if len(items) != 4:
        raise Abstain("a date and a count of days are needed", "not_understood")
    year, month, day, offset = items
    if abs(offset) > 3_000_000:
        raise Abstain("too many days for the calendar", "too_large")
    found = set()
    for base in (_PHASES if year == NO_YEAR else (year,)):
        start = _real(base, month, day, year != NO_YEAR)
        try:
            moved = start + timedelta(days=offset)
        except OverflowError:
            raise Abstain("the date falls outside the calendar", "too_large") from None
        found.add((moved.month, moved.day) if year == NO_YEAR else (moved.year, moved.month, moved.day))
        work.verify(f"{_say(moved, True)} is {offset} days after {_say(start, True)}",
                    _ordinal(moved.year, moved.month, moved.day) - _ordinal(base, month, day) == offset,
                    "the sum of month lengths under the leap rule")
    if len(found) != 1:
        raise Abstain("the date depends on the year (a leap year or not)", "ambiguous")
    text = _say(moved, year != NO_YEAR)
    return Answer(text, f"\\text{{{text}}}", {"kind": "text", "text": text})
