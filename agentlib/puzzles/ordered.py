"""Does a word come after another one? The question `re.search(r"A.*B", text)` asks, answered in linear time.

A pattern `A.*B` makes the regex engine try every match of A and run `.*` to the end of the text from each one
before it backtracks: time quadratic in a text that holds many A's and no B. "Alice is a knight. " written 10,000
times held `solve` at the knights detector's `\\bknights?\\b.*\\bknaves?\\b` for 140 s. Here the first match of A
(the one that ends first: the earliest has the most text after it) is found once and B is searched after it.

`one_line` is `.` without `re.S`: A and B must then share a line. `at_end` is B anchored with `$` (no `re.M`): B
must end the text (a final newline aside), on the line where A is.

Left out: patterns whose A can match inside another of its own matches and end earlier (word alternatives bounded
by `\\b` cannot), and `.*` with a lower bound on the gap (`.+`).
"""

from __future__ import annotations

import re


def comes_after(first: re.Pattern[str], then: re.Pattern[str], text: str, *, one_line: bool = False) -> bool:
    """True when a match of `then` starts at or after the end of a match of `first` (on one line if `one_line`)."""
    if not one_line:
        before = first.search(text)
        return before is not None and then.search(text, before.end()) is not None
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        before = first.search(text, start, end)
        if before is not None and then.search(text, before.end(), end) is not None:
            return True
        start = end + 1
    return False


def ends_after(first: re.Pattern[str], then_at_end: re.Pattern[str], text: str) -> bool:
    """`A.*B$` without `re.S` or `re.M`: `then_at_end` (B written with its `$`) ends the text and a match of
    `first` ends before B starts, on B's line."""
    last = then_at_end.search(text)
    if last is None:
        return False
    # no endpos at B's start: it would read a word running on into B ("eachtells") as ending at a boundary
    before = first.search(text, text.rfind("\n", 0, last.start()) + 1)
    return before is not None and before.end() <= last.start()
