"""A time of day in another time zone with both offsets stated, in fresh times, offsets and places: checked with
datetime and timezone objects (never the reader's sum); a zone with no offset stated is never converted."""

import datetime
import random

import pytest

from agentlib import solve_math

PLACES = ["New York", "Berlin", "Tokyo", "Delhi", "Sydney", "Lagos", "Lima", "Seoul"]


def _utc(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


@pytest.mark.parametrize("seed", range(30))
def test_a_time_in_another_zone(seed):
    rng = random.Random(seed)
    here, there = rng.sample(PLACES, 2)
    offsets = [rng.choice([-8, -5, -3, 0, 1, 2, 5.5, 8, 9, 10, 11]) for _ in range(2)]
    minutes = [int(o * 60) for o in offsets]
    hour, minute = rng.randint(0, 23), rng.choice([0, 15, 30, 45])
    zones = [datetime.timezone(datetime.timedelta(minutes=m)) for m in minutes]
    start = datetime.datetime(2025, 6, 1, hour, minute, tzinfo=zones[0])
    moved = start.astimezone(zones[1])
    text = rng.choice([f"{hour}:{minute:02d} in {here} ({_utc(minutes[0])}) is what time in {there} "
                       f"({_utc(minutes[1])})",
                       f"what time is it in {there} ({_utc(minutes[1])}) when it is {hour}:{minute:02d} in {here} "
                       f"({_utc(minutes[0])})"])
    result = solve_math(text)
    assert result.verified and result.value["text"] == f"{moved.hour:02d}:{moved.minute:02d}", (text, result.answer)
    assert result.value["days"] == (moved.date() - start.date()).days, text


@pytest.mark.parametrize("text", ["3pm in London is what time in Tokyo",  # summer time: 8 or 9 hours
                                  "10:00 in New York is what time in Berlin (UTC+1)",
                                  "10:00 in Paris (UTC+1) is what time in Paris (UTC+2)"])
def test_a_zone_without_its_offset_is_not_converted(text):
    assert not solve_math(text).verified, text


def test_hours_ahead_or_behind():
    ahead = solve_math("3pm in London is what time in Tokyo if Tokyo is 9 hours ahead")
    behind = solve_math("3pm in London is what time in Tokyo if London is 9 hours behind")
    assert ahead.verified and behind.verified and ahead.value["text"] == behind.value["text"] == "12:00 AM"
