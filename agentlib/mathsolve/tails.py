"""Closing words taken off the end of a request ("= ?", "를 계산하시오", "?!"), one at a time from the end.

`pattern.sub("", text)` with a pattern `(?:unit)+$` tries every start in the text and, from each, runs over the
whole stretch of units before it fails at `$` when that stretch is not the end: quadratic on a request of
thousands of question marks, cubic when a unit begins with `\\s*` (thousands of spaces). Here a unit is matched
only in a short window before the current end, so the work is linear in the length of the tail.
"""

from __future__ import annotations

import re


def strip_tail(text: str, unit: re.Pattern[str], span: int) -> str:
    """`text` without the run of `unit`s (whitespace between them allowed) that ends it.

    Args:
        text: the request.
        unit: one closing word, anchored with `$` (it must end where the text ends).
        span: the most characters one unit matches; a longer one is not seen.
    """
    end = len(text)
    while True:
        while end and text[end - 1].isspace():
            end -= 1
        match = unit.search(text, max(0, end - span), end)
        if match is None or match.start() == end:
            return text[:end]
        end = match.start()
