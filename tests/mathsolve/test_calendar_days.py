"""Dates and weekdays in words (`calendar_days.py`, `calendar_answers.py`): spans of days, weekdays moved by a
count of days, the weekday of a date, the date some days after another, in English wordings and Korean.

Expected answers come from stepping a day at a time through `datetime.date` (brute force), never from the reader;
a span or date given without a year must be answered only when it is the same in every year of the leap cycle.
Regressions: "how many days from March 1 to April 15" and "what day of the week is 100 days after a Monday"
abstained (the nineteenth and twentieth batches); "February 1 to March 1" with no year must abstain (28 or 29).
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
KOREAN_WEEKDAYS = "월화수목금토일"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
LEAP_CYCLE = (2021, 2022, 2023, 2024)


def _stepped(start: date, end: date) -> int:
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += 1
    return count


def _answer(text: str) -> str | None:
    result = solve_math(text)
    if result.status != "verified":
        return None
    value = result.value
    return value["text"] if value["kind"] == "text" else value["expression"]


def _written(day: date, style: int, year: bool) -> str:
    name = MONTHS[day.month - 1]
    if style == 0:
        return f"{name} {day.day}" + (f", {day.year}" if year else "")
    if style == 1:
        return f"{name[:3]} {day.day}" + (f" {day.year}" if year else "")
    return f"{day.day} {name}" + (f" {day.year}" if year else "")


DAYS = st.dates(min_value=date(2021, 1, 1), max_value=date(2024, 12, 31))


@given(DAYS, st.integers(1, 300), st.integers(0, 2), st.sampled_from(["how many days from {a} to {b}",
                                                                      "how many days between {a} and {b}",
                                                                      "number of days from {a} until {b}"]))
@settings(max_examples=40, deadline=None, derandomize=True)
def test_spans_with_years_count_days_step_by_step(start, length, style, wording):
    end = start + timedelta(days=length)
    text = wording.format(a=_written(start, style, True), b=_written(end, style, True))
    assert _answer(text) == str(_stepped(start, end)), text


@given(DAYS, st.integers(1, 300), st.integers(0, 2))
@settings(max_examples=40, deadline=None, derandomize=True)
def test_spans_without_a_year_are_answered_only_when_every_year_agrees(start, length, style):
    end = start + timedelta(days=length)
    if end.year != start.year or (start.month, start.day) == (2, 29) or (end.month, end.day) == (2, 29):
        return
    counts = {_stepped(date(y, start.month, start.day), date(y, end.month, end.day)) for y in LEAP_CYCLE}
    text = f"how many days from {_written(start, style, False)} to {_written(end, style, False)}"
    assert _answer(text) == (str(counts.pop()) if len(counts) == 1 else None), text


@given(st.integers(0, 6), st.integers(1, 1000), st.sampled_from(["after", "before"]), st.integers(0, 2))
@settings(max_examples=40, deadline=None, derandomize=True)
def test_weekdays_moved_by_days_step_by_step(start, count, direction, wording):
    day = date(2024, 1, 1) + timedelta(days=start)  # 1 January 2024 was a Monday
    step = timedelta(days=1 if direction == "after" else -1)
    for _ in range(count):
        day += step
    expected = WEEKDAYS[day.weekday()]
    name = WEEKDAYS[start]
    text = [f"what day of the week is {count} days {direction} a {name}",
            f"what day is {count} days {direction} {name}",
            f"if today is {name}, what day will it be in {count} days" if direction == "after"
            else f"if today is {name}, what day was it {count} days ago"][wording]
    assert _answer(text) == expected, text


@given(st.integers(0, 6), st.integers(1, 500))
@settings(max_examples=20, deadline=None, derandomize=True)
def test_korean_weekdays_moved_by_days(start, count):
    expected = WEEKDAYS[(date(2024, 1, 1) + timedelta(days=start + count)).weekday()]
    assert _answer(f"{KOREAN_WEEKDAYS[start]}요일부터 {count}일 후는 무슨 요일") == expected


@given(st.dates(min_value=date(1600, 1, 1), max_value=date(2400, 12, 31)), st.integers(0, 2))
@settings(max_examples=40, deadline=None, derandomize=True)
def test_weekday_of_a_date_counts_from_a_known_monday(day, style):
    expected = WEEKDAYS[_stepped(date(1600, 1, 3), day) % 7]  # 3 January 1600 was a Monday
    assert _answer(f"what day of the week was {_written(day, style, True)}") == expected


@given(DAYS, st.integers(1, 400))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_date_after_a_date_with_its_year(start, count):
    moved = start
    for _ in range(count):
        moved += timedelta(days=1)
    expected = f"{MONTHS[moved.month - 1]} {moved.day}, {moved.year}"
    assert _answer(f"what date is {count} days after {_written(start, 0, True)}") == expected


def test_korean_span_and_weekday_of_a_date():
    assert _answer("3월 1일부터 4월 15일까지 며칠") == "45"
    assert _answer("2024년 3월 1일은 무슨 요일") == "Friday"


def test_regression_a_span_across_february_without_a_year_abstains():
    assert _answer("how many days from February 1 to March 1") is None
    assert _answer("what date is 30 days after January 31") is None
    assert _answer("what date is 30 days after January 15") == "February 14"


def test_impossible_dates_and_missing_parts_abstain():
    assert _answer("how many days from February 30 to March 3") is None
    assert _answer("what day of the week is 100 days after") is None
    assert _answer("what day of the week was March 1") is None  # no year: every weekday is possible
