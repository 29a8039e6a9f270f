"""A matrix introduced with its size: "the determinant of the 2x2 matrix [[1, 2], [3, 4]]", "a 3×3 matrix".

The size says nothing the matrix written after it does not, so "2x2" drops when it agrees with the first matrix
of the text (its rows and the length of each row); read as a formula, "2x2" was a second expression beside the
matrix. A size that disagrees with the matrix is left as typed, and the request abstains on it.
"""

from __future__ import annotations

import re

_SIZE = re.compile(r"\b(?P<rows>\d)\s*[x×X]\s*(?P<columns>\d)\s+(?=matri(?:x|ces)\b)")
_MATRIX = re.compile(r"\[\s*(\[[^\[\]]*\](?:\s*,\s*\[[^\[\]]*\])*)\s*\]")


def drop_matrix_size(text: str) -> str:
    """`text` without an "NxM" before "matrix" that agrees with the first matrix written in it."""
    size = _SIZE.search(text)
    matrix = _MATRIX.search(text)
    if size is None or matrix is None:
        return text
    rows = re.findall(r"\[([^\[\]]*)\]", matrix.group(1))
    columns = {len([entry for entry in row.split(",") if entry.strip()]) for row in rows}
    if len(rows) != int(size["rows"]) or columns != {int(size["columns"])}:
        return text
    return text[:size.start()] + text[size.end():]
