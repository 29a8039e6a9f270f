"""How long between two clock times, asked with "between": "how many minutes between 9:15 and 11:40", "time between
8:30 pm and 6:15 am", on fresh times checked with datetime. Times without a.m./p.m. whose order crosses midnight
stay refused, as "from 9 to 5" is."""

from __future__ import annotations

import datetime
import random

import pytest

import agentlib


def _say(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    half = "am" if hours < 12 else "pm"
    return f"{(hours % 12) or 12}:{rest:02d} {half}"


@pytest.mark.parametrize("seed", range(12))
def test_minutes_between_two_times(seed):
    rng = random.Random(seed)
    start = rng.randrange(0, 24 * 60)
    end = rng.randrange(0, 24 * 60)
    if start == end:
        end = (end + 17) % (24 * 60)
    day = datetime.datetime(2026, 1, 1)
    first, second = day + datetime.timedelta(minutes=start), day + datetime.timedelta(minutes=end)
    if second < first:
        second += datetime.timedelta(days=1)
    minutes = int((second - first).total_seconds() // 60)
    text = f"how many minutes between {_say(start)} and {_say(end)}"
    result = agentlib.solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert result.answer == f"{minutes} minutes", (text, result.answer)


def test_bare_hours_that_cross_midnight_are_refused():
    result = agentlib.solve_math("how many hours between 9 and 5")
    assert result.status == "abstained"
