"""Markdown list bullets at the start of a line ("- solve 2x = 10", "• 45 + 55"), dropped before the request is
read: left in, "- solve" began the formula with a minus sign that had nothing to take ("the formula ends too early").

A dash at a line's start is a bullet or a minus sign, and only its surroundings tell: before a word of two or more
letters ("- solve", "- thanks") it can only be a bullet, since no formula subtracts a word (a function's name, "- sin
x", or a call, "- ab(x)", is no such word); before a number or a letter it is a bullet only when every line of the
text that has anything on it starts with the same mark and there are two or more of them (a list: "- 45 + 55\\n-
what is it?"); one line "- 5 + 3" stays -5 + 3. "•" is a bullet wherever it starts a line.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"^[ \t]*(?P<mark>[-*•])[ \t]+(?P<rest>\S.*)$")
# a word that no formula subtracts: two or more letters, neither a function's name ("- sin x" may be -sin x) nor
# called ("- f(x)")
_FUNCTION = r"(?:sin|cos|tan|sec|csc|cot|sinh|cosh|tanh|arcsin|arccos|arctan|asin|acos|atan|log|ln|lg|exp|sqrt|abs|pi)"
_WORD = re.compile(rf"(?!{_FUNCTION}\b)[A-Za-z]{{2,}}\b(?!\s*\()", re.I)


def without_list_bullets(text: str) -> str:
    """`text` with each line's bullet dropped where it can only be a bullet (see the module notes)."""
    if "\n" not in text and not text.lstrip().startswith(("-", "*", "•")):
        return text
    lines = text.split("\n")
    marks = [_MARK.match(line) for line in lines]
    filled = [m for m, line in zip(marks, lines) if line.strip()]
    listed = len(filled) >= 2 and all(m is not None for m in filled) and \
        len({m.group("mark") for m in filled if m is not None}) == 1
    out = []
    for line, mark in zip(lines, marks):
        if mark is not None and (listed or mark.group("mark") == "•" or _WORD.match(mark.group("rest"))):
            line = mark.group("rest")
        out.append(line)
    return "\n".join(out)
