"""Lists and runs of numbers typed in LaTeX (`$3, 7, 11, \\ldots$`, `$1 + 4 + 7 + \\cdots + 100$`) written as the
plain text the sequence readers know ("3, 7, 11, ...", "1 + 4 + 7 + ... + 100"). Only a delimited span made of
numbers, commas, plus signs and an ellipsis command is rewritten: anything else in it keeps the whole span as it
was, so a formula is never taken apart.
"""

from __future__ import annotations

import re

_ELLIPSIS = re.compile(r"\\(?:ldots|dots|cdots|dotsb|dotsc)(?![A-Za-z])")
_SPAN = re.compile(r"\$\$(?P<display>[^$]+)\$\$|\$(?P<inline>[^$]+)\$|\\\((?P<paren>.+?)\\\)")
_PLAIN_LIST = re.compile(r"^[\d\s,+\-./]*\.\.\.[\d\s,+\-./]*$")


def plain_number_lists(text: str) -> str:
    """`text` with each LaTeX span that is only a list or run of numbers written in plain text."""
    return _SPAN.sub(_plain, text)


def _plain(match: re.Match[str]) -> str:
    body = next(g for g in match.groups() if g is not None)
    written = " ".join(_ELLIPSIS.sub("...", body).split())
    return written if _PLAIN_LIST.match(written) and any(c.isdigit() for c in written) else match.group(0)
