"""Numbers grouped by thousands inside a list: "mean of 1,200, 1,500 and 1,800", "average of 2,500, 3,000 and
4,000". Written without their grouping commas (1200, 1500, 1800) where the grouping is certain.

A comma between digits is a list separator, a thousands separator or (abroad) a decimal comma, so the statistics
reader abstains whenever both kinds of comma could be meant. The grouping is certain only when all of these hold:
the request is English (no language that writes decimal commas has the majority of its words, see
`number_locale.writes_decimal_commas`); every comma between digits sits in a well-formed group, one to three digits
then groups of exactly three ("1,200", "12,500,000"), never "1,20" or "1,2000"; at least two numbers are grouped,
so the grouping is the writer's habit and not one number that could be a decimal ("average of 1,250 and 3" may
be 1.25); and the list is separated the other way, by a comma followed by a space, so the unspaced commas cannot
be the list's. "1,200,1,500" (one kind of comma for both) stays as written, and the reader abstains on it as before.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.number_locale import writes_decimal_commas

_COMMA_DIGITS = re.compile(r"\d,\d")
_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d.]|,\d)")
_SPACED_SEPARATOR = re.compile(r"\d,\s+(?:and\s+)?[-−]?\d")


def ungroup_listed_thousands(region: str, text: str) -> str | None:
    """`region` with the grouping commas of its numbers taken out when the grouping is certain (see the module);
    None when there is nothing to ungroup or any doubt, so the caller keeps its own reading of the commas."""
    if not _COMMA_DIGITS.search(region) or not _SPACED_SEPARATOR.search(region) or writes_decimal_commas(text):
        return None
    if len(_GROUPED.findall(region)) < 2:
        return None
    ungrouped = _GROUPED.sub(lambda match: match.group().replace(",", ""), region)
    if _COMMA_DIGITS.search(ungrouped):
        return None  # a comma between digits outside a well-formed group: "1,20, 3" or "1,200,1,500"
    return ungrouped


__all__ = ["ungroup_listed_thousands"]
