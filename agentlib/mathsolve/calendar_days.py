"""Dates and weekdays asked in words: "how many days from March 1 to April 15", "what day of the week is 100 days
after a Monday", "if today is Friday what day will it be in 10 days", "what day of the week was July 4, 1776",
"what date is 30 days after January 15", "3월 1일부터 4월 15일까지 며칠", "월요일부터 100일 후는 무슨 요일",
and the same span in weeks ("how many weeks between March 1 and May 3": the days over 7, a fraction when not
whole).

A date is a month (a name, an abbreviation, or Korean "N월"), a day, and an optional year; a weekday is a name.
The reader only finds the numbers; the worker (`calendar_answers.py`) counts the days and checks the count two
ways. "From A to B" and "between A and B" count the days after A up to B (March 1 to March 2 is one day); a
second date earlier in the year than the first falls in the next year ("Dec 25 to Jan 5").

A date given without a year stands for every year: the worker answers only when the answer is the same in a leap
year and a common one (March 1 to April 15 is always 45 days; February 1 to March 1 is 28 or 29, so it abstains).

Left out: counts "inclusive" of both days, business days, dates before the Gregorian calendar's year 1, and
relative words other than today ("next Tuesday": which week?).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from agentlib.mathsolve.everyday_formulas import plain_request
from agentlib.mathsolve.request import MathRequest

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_KOREAN_WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")
DAYS_PER_WEEK = 7
NO_YEAR = 0  # datetime has no year 0: it stands for "any year" in a request's items


def _month(word: str) -> int | None:
    word = word.rstrip(".").lower()
    for number, name in enumerate(MONTHS, 1):
        if word == name.lower() or len(word) >= 3 and name.lower().startswith(word) and \
                (len(word) == 3 or word == "sept"):
            return number
    return None


_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(\d{4})"
# "March 1", "March 1st, 2024", "1 March 2024", "2024-03-01", "2024년 3월 1일", "3월 1일"
_DATE = (rf"(?:({_MONTH_WORD}) {_DAY}(?:,? {_YEAR})?|{_DAY} (?:of )?({_MONTH_WORD})(?:,? {_YEAR})?|"
         r"(\d{4})-(\d{2})-(\d{2})|(?:(\d{4})년 ?)?(\d{1,2})월 ?(\d{1,2})일)")
_DATE_GROUPS = 12  # the groups of one `_DATE`
_WEEKDAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_COUNT = r"(\d{1,6}) (days?|weeks?)"


@dataclass(frozen=True)
class _Date:
    year: int  # NO_YEAR when the text gives none
    month: int
    day: int


def _date(groups: tuple[str | None, ...]) -> _Date | None:
    """The date that `_DATE`'s twelve groups found, or None when the month or the day is impossible."""
    name, day, year, day2, name2, year2, iso_year, iso_month, iso_day, ko_year, ko_month, ko_day = groups
    if name is not None:
        month, number, given = _month(name), day, year
    elif name2 is not None:
        month, number, given = _month(name2), day2, year2
    elif iso_year is not None:
        month, number, given = int(iso_month or 0), iso_day, iso_year
    elif ko_month is not None:
        month, number, given = int(ko_month), ko_day, ko_year
    else:
        return None
    if month is None or number is None or not 1 <= month <= 12 or not 1 <= int(number) <= 31:
        return None
    return _Date(int(given) if given else NO_YEAR, month, int(number))


def _dates(match: re.Match[str], *starts: int) -> list[_Date] | None:
    """The dates whose groups begin at each of `starts` (0-based group positions), or None if one is impossible."""
    found = []
    for start in starts:
        date = _date(match.groups()[start:start + _DATE_GROUPS])
        if date is None:
            return None
        found.append(date)
    return found


_D = _DATE  # twelve groups each
_SPAN_SHAPES = tuple(re.compile(p) for p in (
    rf"(?:how many days (?:are there |is it |will it be )?|(?:the )?number of days |days )"
    rf"(?:from|between|since) {_D} (?:to|and|until|till|through) {_D}",
    rf"{_D} ?(?:부터|에서) {_D} ?까지(?:는)? ?(?:며칠|몇 ?일)(?:인가요|이야|일까요|인가|입니까)?",
))
# "how many weeks from April 1 to June 3": the same span, counted in weeks of 7 days (a fraction when it is not whole)
_WEEK_SPAN_SHAPES = tuple(re.compile(p) for p in (
    rf"(?:how many weeks (?:are there |is it |will it be )?|(?:the )?number of weeks |weeks )"
    rf"(?:from|between|since) {_D} (?:to|and|until|till|through) {_D}",
))
_WEEKDAY_SHAPES = tuple(re.compile(p) for p in (
    rf"(?:what|which) day (?:of the week )?(?:is it|will it be|was it|is|was|will be|would it be) {_COUNT} "
    rf"(after|from|before) (?:a |an )?{_WEEKDAY}",
    rf"{_COUNT} (after|from|before) (?:a |an )?{_WEEKDAY}",
    rf"if today is (?:a )?{_WEEKDAY},? (?:what|which) day (?:of the week )?(?:will it be|is it|was it|would it be) "
    rf"(in|after) {_COUNT}(?: from (?:now|today))?",
    rf"if today is (?:a )?{_WEEKDAY},? (?:what|which) day (?:of the week )?(?:will it be|is it|would it be) {_COUNT} "
    r"(from now|from today|later)",
    rf"if today is (?:a )?{_WEEKDAY},? (?:what|which) day (?:of the week )?(?:was it|was) {_COUNT} (ago)",
))
_KOREAN_WEEKDAY = re.compile(r"(월|화|수|목|금|토|일)요일(?:부터|에서|로부터) (\d{1,6})일 ?(후|뒤|전)(?:는|은|에는)? ?"
                             r"무슨 ?요일(?:인가요|이야|일까요|인가|입니까)?")
_DATE_WEEKDAY_SHAPES = tuple(re.compile(p) for p in (
    rf"(?:what|which) day (?:of the week )?(?:is|was|will be|is it|was it|did|does|will) {_D}(?: fall(?: on)?| be)?",
    rf"{_D} (?:is|was|falls on|fell on) (?:what|which) day(?: of the week)?",
    rf"{_D} ?(?:은|는|이) ?무슨 ?요일(?:인가요|이야|일까요|인가|입니까|이었나요)?",
))
_DATE_AFTER_SHAPES = tuple(re.compile(p) for p in (
    rf"(?:what|which) (?:date|day) (?:is it|will it be|was it|is|was|will be) {_COUNT} (after|from|before) {_D}",
    rf"(?:the )?date {_COUNT} (after|from|before) {_D}",
    rf"{_D} (plus|minus) {_COUNT}",
))


def _days(count: str, unit: str) -> int:
    return int(count) * (7 if unit.startswith("week") else 1)


def read_calendar(text: str) -> MathRequest | None:
    """The date or weekday question `text` asks, or None when it is not one of the shapes above."""
    plain = plain_request(text).replace("’", "'")
    for shape in _SPAN_SHAPES:
        match = shape.fullmatch(plain)
        if match:
            dates = _dates(match, 0, _DATE_GROUPS)
            return None if dates is None else _span(*dates)
    for shape in _WEEK_SPAN_SHAPES:
        match = shape.fullmatch(plain)
        if match:
            dates = _dates(match, 0, _DATE_GROUPS)
            span = None if dates is None else _span(*dates)
            return None if span is None else replace(span, items=(*span.items, str(DAYS_PER_WEEK)),
                                                     notes=(*span.notes, "weeks of 7 days"))
    for shape in _WEEKDAY_SHAPES:
        match = shape.fullmatch(plain)
        if match:
            return _weekday_after(match)
    korean = _KOREAN_WEEKDAY.fullmatch(plain)
    if korean:
        start = _KOREAN_WEEKDAYS.index(korean[1])
        sign = -1 if korean[3] == "전" else 1
        return MathRequest("weekday", (str(start), str(sign * int(korean[2]))),
                           notes=(f"{WEEKDAYS[start]} moved by {sign * int(korean[2])} days",))
    for shape in _DATE_WEEKDAY_SHAPES:
        match = shape.fullmatch(plain)
        if match:
            dates = _dates(match, 0)
            if dates is None or dates[0].year == NO_YEAR:
                return None  # a weekday of a date needs its year
            date = dates[0]
            return MathRequest("weekday", (str(date.year), str(date.month), str(date.day)),
                               notes=("the Gregorian calendar",))
    for shape in _DATE_AFTER_SHAPES:
        match = shape.fullmatch(plain)
        if match:
            return _date_after(match)
    return None


def _span(first: _Date, second: _Date) -> MathRequest | None:
    if (first.year == NO_YEAR) != (second.year == NO_YEAR):
        return None  # one year given, the other not: the same year, or not?
    if first.year == NO_YEAR:  # the second date in the same year, or the next when it comes earlier
        later = 1 if (second.month, second.day) < (first.month, first.day) else 0
        items = (NO_YEAR, first.month, first.day, later, second.month, second.day)
    else:
        items = (first.year, first.month, first.day, second.year, second.month, second.day)
    return MathRequest("days_between", tuple(str(i) for i in items),
                       notes=("days counted after the first date up to the second",))


def _weekday_after(match: re.Match[str]) -> MathRequest:
    groups = [g for g in match.groups() if g is not None]
    weekday = next(g for g in groups if g in (w.lower() for w in WEEKDAYS))
    count = next(g for g in groups if g.isdigit())
    unit = next(g for g in groups if g.startswith(("day", "week")))
    backwards = any(g in ("before", "ago") for g in groups)
    offset = _days(count, unit) * (-1 if backwards else 1)
    start = [w.lower() for w in WEEKDAYS].index(weekday)
    return MathRequest("weekday", (str(start), str(offset)), notes=(f"{WEEKDAYS[start]} moved by {offset} days",))


def _date_after(match: re.Match[str]) -> MathRequest | None:
    groups = match.groups()
    if groups[0] in ("plus", "minus") or groups[_DATE_GROUPS] in ("plus", "minus"):
        sign, count, unit = groups[_DATE_GROUPS:_DATE_GROUPS + 3]  # "March 1 plus 30 days": the date first
        dates = _dates(match, 0)
        backwards = sign == "minus"
    else:
        count, unit, direction = groups[:3]
        dates = _dates(match, 3)
        backwards = direction == "before"
    if dates is None:
        return None
    date = dates[0]
    offset = _days(count, unit) * (-1 if backwards else 1)
    return MathRequest("date_after", (str(date.year), str(date.month), str(date.day), str(offset)),
                       notes=("the Gregorian calendar",))
