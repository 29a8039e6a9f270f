"""A statistic of a list whose every number carries the same unit: "average of 4kg, 5.5kg and 7kg", "median of 12
min, 15 min, 9 min", "total of $4.50, $3.20 and $6". The unit is written once per number, so the list reads as its
numbers ("average of 4, 5.5 and 7"): a mean, median, range or total of quantities in one unit is that statistic of
the numbers, in the same unit.

Only a request that starts with a statistic's name and is nothing but the list is spelled this way, and only when
every number has the one unit (or every one a leading "$"): "average of 4 kg and 7 lb" keeps its units, and the
reader then does not read it.
"""

from __future__ import annotations

import re

_STATISTIC = r"(?:what(?:'s| is) )?(?:the )?(?:average|mean|median|mode|range|sum|total)(?: weight| time| price)? of "
# units by name: a letter glued to a number is a formula's letter ("sum of 3x, 4x and 5x" is 12x, not 12), so a
# one-letter unit is taken only after a space
_WORDS = ("kg", "kgs", "mg", "lb", "lbs", "oz", "km", "cm", "mm", "mi", "ft", "min", "mins", "sec", "secs", "hr", "hrs",
          "ml", "grams", "kilos", "miles", "metres", "meters", "litres", "liters", "hours", "minutes", "seconds",
          "points", "pts", "dollars", "euros", "pounds", "years", "days", "weeks", "months", "degrees", "cups")
_UNIT = r"(?:\s?(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")|\s[mglsh])"
_ITEM = rf"(?P<sign>\$)?\s?(?P<number>-?\d+(?:\.\d+)?)(?P<unit>{_UNIT})?"
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_LEAD = re.compile(_STATISTIC, re.IGNORECASE)


def drop_list_units(text: str) -> str:
    """`text` with the one unit of a statistic's list written once per number taken off, else `text` unchanged."""
    lead = _LEAD.match(text.strip())
    if lead is None:
        return text
    rest = text.strip()[lead.end():].rstrip(" ?.")
    parts = _SEPARATOR.split(rest)
    items = [re.fullmatch(_ITEM, part) for part in parts]
    if len(items) < 2 or any(item is None for item in items):
        return text
    signs = {item["sign"] for item in items if item is not None}
    units = {(item["unit"] or "").strip() or None for item in items if item is not None}
    if len(signs) != 1 or len(units) != 1 or units == {None} and signs == {None}:
        return text  # mixed units, some numbers bare, or nothing to take off
    numbers = [item["number"] for item in items if item is not None]
    return text.strip()[:lead.end()] + ", ".join(numbers[:-1]) + " and " + numbers[-1]
