"""Clock arithmetic in words (`clock_times.py`, `clock_answers.py`), generated and checked against `datetime`.

Times, durations, directions and wordings (English and Korean, with and without a.m./p.m.) are drawn fresh; the
expected answer is computed here with `datetime`, never by agentlib."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

BASE = datetime(2000, 1, 1)


def _english_duration(hours: int, minutes: int) -> str:
    if not hours:
        return f"{minutes} minutes"
    return f"{hours} hour{'s' if hours != 1 else ''}" + (f" and {minutes} minutes" if minutes else "")


@st.composite
def moves(draw):
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    hours, minutes = draw(st.integers(0, 9)), draw(st.integers(0, 59))
    if hours == minutes == 0:
        minutes = 5
    later = draw(st.booleans())
    korean = draw(st.booleans())
    twelve = draw(st.booleans())
    delta = (1 if later else -1) * (hours * 60 + minutes)
    if korean:
        if twelve:
            half = "오전" if hour < 12 else "오후"
            start = f"{half} {(hour - 1) % 12 + 1}시 {minute}분"
        else:
            start = f"{hour}시 {minute}분"
        duration = f"{hours}시간 {minutes}분" if hours else f"{minutes}분"
        text = f"{start}에서 {duration} {'후' if later else '전'}는?"
    else:
        if twelve:
            start = f"{(hour - 1) % 12 + 1}:{minute:02d} {'am' if hour < 12 else 'pm'}"
        else:
            start = f"{hour}:{minute:02d}"
        word = "after" if later else "before"
        text = draw(st.sampled_from([f"What time is it {_english_duration(hours, minutes)} {word} {start}?",
                                     f"what time will it be {_english_duration(hours, minutes)} {word} {start}",
                                     f"{_english_duration(hours, minutes)} {word} {start}"]))
    return text, hour * 60 + minute, delta, twelve


@given(moves())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_a_time_moved_by_a_duration_is_the_datetime_sum(case):
    text, start, delta, twelve = case
    moved = BASE + timedelta(minutes=start + delta)
    expected = f"{(moved.hour - 1) % 12 + 1}:{moved.minute:02d} {'AM' if moved.hour < 12 else 'PM'}" if twelve \
        else f"{moved.hour:02d}:{moved.minute:02d}"
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert result.answer.split(" (")[0] == expected, (text, result.answer)
    assert result.value == {"kind": "text", "text": expected, "minutes": moved.hour * 60 + moved.minute,
                            "days": (start + delta) // (24 * 60)}


@given(st.integers(0, 23 * 60), st.integers(1, 600), st.booleans(), st.sampled_from(["", "minutes"]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_the_time_between_two_times_is_the_datetime_difference(start, length, korean, unit):
    end = start + length
    if end >= 24 * 60:
        end = 24 * 60 - 1
        length = end - start
    if length <= 0:
        return
    (sh, sm), (eh, em) = divmod(start, 60), divmod(end, 60)
    if korean:
        text = f"{sh}시 {sm}분부터 {eh}시 {em}분까지 " + ("몇 분?" if unit else "얼마나 걸리나요?")
    else:
        text = ("How many minutes" if unit else "How long is it") + f" from {sh}:{sm:02d} to {eh}:{em:02d}?"
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert result.value["minutes"] == length, (text, result.answer)
    if unit:
        assert result.answer == (f"{length}분" if korean else f"{length} minutes")


def test_nine_to_five_without_am_pm_is_not_guessed():
    assert solve_math("how long from 9 to 5").status == "abstained"
    assert solve_math("how long from 9 am to 5 pm").answer == "8 hours"


@given(st.integers(0, 23), st.integers(0, 59), st.integers(0, 5), st.integers(1, 59), st.booleans(),
       st.sampled_from(["It's {t} now. What time will it be in {d}?", "If it's {t} now, what time will it be in {d}?",
                        "It is {t} right now. What time will it be in {d}?", "It's {t}. What time is it in {d}?"]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_a_time_said_as_now_moved_forward(hour, minute, hours, minutes, twelve, wording):
    """"It's 9:45 now. What time will it be in 2 hours and 30 minutes?" (abstained: "now" after the time)."""
    start = f"{(hour - 1) % 12 + 1}:{minute:02d} {'am' if hour < 12 else 'pm'}" if twelve else f"{hour}:{minute:02d}"
    moved = BASE + timedelta(minutes=hour * 60 + minute + hours * 60 + minutes)
    expected = f"{(moved.hour - 1) % 12 + 1}:{moved.minute:02d} {'AM' if moved.hour < 12 else 'PM'}" if twelve \
        else f"{moved.hour:02d}:{moved.minute:02d}"
    text = wording.format(t=start, d=_english_duration(hours, minutes))
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert result.answer.split(" (")[0] == expected, (text, result.answer)
