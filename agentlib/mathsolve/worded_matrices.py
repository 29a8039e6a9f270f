"""A matrix written in words, spelled as brackets before the request is read: "the matrix with rows 1 2 and 3 4"
becomes "the matrix [[1, 2], [3, 4]]".

Read: "(the) (2x2 / 2 by 2) matrix with rows R1 and R2 (and R3 ...)", "... whose rows are ...", and the same with
"columns" (the rows of the transpose). Rows are separated by "and", ";" or commas; a row's numbers by spaces, or
by commas inside brackets ((1, 2) and (3, 4)), or by commas when "and"/";" separate the rows. Every row must have
the same length, and a stated size must match; anything else is left as written (the reader then abstains on
the unknown words).
"""

from __future__ import annotations

import re

_NUMBER = r"-?\d+(?:\.\d+)?(?:/\d+)?"
_PHRASE = re.compile(
    r"(?P<size>(?P<m>\d)\s*(?:x|×|by)\s*(?P<n>\d)\s+)?matrix\s+(?:with|whose)\s+(?P<kind>rows|columns)\s+(?:are\s+)?"
    rf"(?P<body>[\[(]?\s*{_NUMBER}(?:(?:\s*[,;]?\s*(?:and\s+)?|\s+)[\[(\])]*\s*{_NUMBER}[\])]*)*[\])]?)", re.I)


def spell_worded_matrices(text: str) -> str:
    """`text` with each matrix told in words written as [[...], [...]]."""
    return _PHRASE.sub(_spelled, text)


def _spelled(match: re.Match[str]) -> str:
    rows = _rows(match.group("body"))
    if rows is None or len(rows) < 2 or len({len(r) for r in rows}) != 1:
        return match.group(0)
    if match.group("kind").lower() == "columns":
        rows = [list(column) for column in zip(*rows)]
    if match.group("size") and (len(rows), len(rows[0])) != (int(match.group("m")), int(match.group("n"))):
        return match.group(0)
    return "matrix [" + ", ".join("[" + ", ".join(row) + "]" for row in rows) + "]"


def _rows(body: str) -> list[list[str]] | None:
    body = body.strip()
    if re.search(r"[\[(]", body):
        groups = re.findall(r"[\[(]([^\[\]()]*)[\])]", body)
        outside = re.sub(r"[\[(][^\[\]()]*[\])]", "", body)
        if not groups or not re.fullmatch(r"[\s,;]*(?:and[\s,;]*)*", outside):
            return None
        return [re.findall(_NUMBER, group) for group in groups]
    parts = [p.strip() for p in re.split(r"\s*(?:;|,?\s*\band\b)\s*", body) if p.strip()]
    if len(parts) == 1:  # "rows 1 2, 3 4": commas between rows, spaces inside them
        parts = [p.strip() for p in body.split(",")]
        if not all(re.fullmatch(rf"{_NUMBER}(?:\s+{_NUMBER})+", p) for p in parts):
            return None
    rows = []
    for part in parts:
        if "," in part and re.search(rf"{_NUMBER}\s+{_NUMBER}", part):
            return None  # commas and spaces both inside one row: which separates what is unclear
        rows.append(re.findall(_NUMBER, part))
    return rows
