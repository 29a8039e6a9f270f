"""Durations between clock times: "from 8:00 AM until 11:00 PM is 19 hours" is recomputed (15 hours).

A step that names an interval between two clock times ("from 9 a.m. to 5 p.m.", "between 8:30 AM and
noon") and, later in the same sentence, states its length as a result ("is 19 hours", "= 8.5 hours",
"a total of 90 minutes") claims a fact a clock settles. An end before the start wraps past midnight
("10 PM to 6 AM" is 8 hours). The verdict is "refuted" with the right length, or "verified".

Left out: lengths in mixed units ("2 hours and 30 minutes"), rates inside the sentence ("every 15
minutes" is not the interval's length), dates and weekdays, and times without AM/PM, noon or midnight
(a bare "8:00" does not say which half of the day).
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.checking.arithmetic import format_number
from agentlib.checking.report import ClaimResult, Rule

_TIME = (r"(?:(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?|(noon|midday|midnight))")
_INTERVAL = re.compile(rf"\b(?:from|between)\s+{_TIME}\s*(?:to|until|till|through|and|-|–)\s*{_TIME}", re.I)
_LENGTH = re.compile(r"(?:=|\bis\b|\bare\b|\bequals\b|\bof\b|\btotal of\b|\bfor\b)"
                     r"\s*\\?\(?\s*(\d+(?:\.\d+)?)\s*\\?\)?\s*"
                     r"(hours?|hrs?|minutes?|mins?)\b", re.I)
_MIXED = re.compile(r"\d\s*(?:hours?|hrs?)\s*(?:and\s*)?\d+\s*(?:minutes?|mins?)", re.I)
_RATE = re.compile(r"\b(?:every|each|per|a|an)\s+(?:\d+(?:\.\d+)?\s*)?(?:hours?|hrs?|minutes?|mins?)\b", re.I)


def check_durations(step: str) -> list[ClaimResult]:
    """Each interval between two clock times whose stated length follows it in the same sentence, checked."""
    results = []
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n", step[:20_000]):
        if _MIXED.search(sentence):
            continue
        for interval in _INTERVAL.finditer(sentence):
            start, end = _minutes(*interval.groups()[:4]), _minutes(*interval.groups()[4:])
            length = _LENGTH.search(sentence, interval.end())
            if length is None or _RATE.search(sentence[interval.end():length.end()]):
                continue
            span = (end - start) % (24 * 60)
            per_unit = 60 if length.group(2).lower().startswith("h") else 1
            claimed, actual = Fraction(length.group(1)), Fraction(span, per_unit)
            text = f"{interval.group(0)} is {length.group(1)} {length.group(2)}"
            if claimed == actual:
                results.append(ClaimResult("arithmetic", text, "verified", rule=Rule.CLOCK))
            else:
                results.append(ClaimResult("arithmetic", text, "refuted", rule=Rule.CLOCK,
                                           correct=f"that interval is {format_number(actual)} {length.group(2)}"))
    return results


def _minutes(hour: str | None, minute: str | None, half: str | None, word: str | None) -> int:
    if word is not None:
        return 0 if word.lower() == "midnight" else 12 * 60
    clock_hour = int(hour or 0) % 12 + (12 if (half or "a").lower() == "p" else 0)
    return clock_hour * 60 + int(minute or 0)
