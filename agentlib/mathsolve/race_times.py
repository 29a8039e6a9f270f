"""How runners write a trip: a duration on a stopwatch ("in 52:30", "in 1:45:00") and a race distance in
kilometres written "10k". Spelled for `pace_and_speed.py` as "in 3150 seconds" and "10 km", exactly.

A colon duration is read only right after "in" / "for" (the trip's time: "10k in 52:30"), as minutes:seconds or
hours:minutes:seconds with the later fields below 60; anything else is left as written (a clock time "at 10:30"
is not a duration). "10k" is 10 km only as a whole word with a number ("10k" of money elsewhere is not this
reader's: the pace grammar around it must still read the rest).
"""

from __future__ import annotations

import re

_HMS = re.compile(r"\b(in|for) (\d{1,2}):([0-5]\d):([0-5]\d)\b")
_MS = re.compile(r"\b(in|for) (\d{1,3}):([0-5]\d)\b(?!:)")
_RACE_K = re.compile(r"\b(\d{1,3}(?:\.\d{1,3})?)k\b")


def spell_race_times(text: str) -> str:
    """`text` with "in H:MM:SS" / "in MM:SS" as a count of seconds and "10k" as "10 km"."""
    text = _HMS.sub(lambda m: f"{m.group(1)} {int(m.group(2)) * 3600 + int(m.group(3)) * 60 + int(m.group(4))} "
                              "seconds", text)
    text = _MS.sub(lambda m: f"{m.group(1)} {int(m.group(2)) * 60 + int(m.group(3))} seconds", text)
    return _RACE_K.sub(lambda m: f"{m.group(1)} km", text)


__all__ = ["spell_race_times"]
