"""The calculator and schoolbook names of combinations and permutations: "8C3", "₈C₃", "{}_8C_3", "nCr(8, 3)",
"7P3", "₇P₃", "nPr(7, 3)", written as the factorials they stand for, 8!/(3!·5!) and 7!/4!.

Read as they stand they are a letter between two numbers (8·C·3) and the reader asked what C was. A match needs a
capital C or P with a whole number glued on each side and nothing else glued on ("x8C3", "8C3.5" and "8 C 3"
stay as typed): written so, it cannot be a product, since nobody writes a number after a letter as its factor.
The factorial form is what any other arithmetic in the request is read with ("5C2 + 3", "8C3 의 값을 구하시오"),
so it needs no name of its own; a choice of more than there are (3C5) is left as typed and the reader abstains.
"""

from __future__ import annotations

import re

_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_GLUED = re.compile(r"(?<![A-Za-z0-9_.])(\d{1,4})([CP])(\d{1,4})(?![A-Za-z0-9_.])")
_LATEX = re.compile(r"(?:\{\s*\})?_\{?\s*(\d{1,4})\s*\}?\s*([CP])_\{?\s*(\d{1,4})\s*\}?(?![A-Za-z0-9_.])")
_UNICODE = re.compile(r"(?<![A-Za-z0-9_.])([₀-₉]{1,4})([CP])([₀-₉]{1,4})(?![A-Za-z0-9_.])")
_CALCULATOR = re.compile(r"\bn([CP])r\s*\(\s*(\d{1,4})\s*,\s*(\d{1,4})\s*\)")
# spreadsheet and programming names: binomial(5, 2), comb(5, 2), perm(5, 2) (a bare C(5, 2) may be a point)
_NAMED = re.compile(r"\b(binomial|comb|perm)\s*\(\s*(\d{1,4})\s*,\s*(\d{1,4})\s*\)", re.I)
_NAMED_LETTER = {"binomial": "C", "comb": "C", "perm": "P"}


def _factorials(letter: str, top: str, bottom: str, written: str) -> str:
    """n!/(k!(n - k)!) for C, n!/(n - k)! for P; `written` as typed when k > n."""
    n, k = int(top.translate(_SUBSCRIPTS)), int(bottom.translate(_SUBSCRIPTS))
    if k > n:
        return written
    if letter == "C":
        return f"({n}!/({k}!*{n - k}!))"
    return f"({n}!/{n - k}!)"


def spell_counting_notation(text: str) -> str:
    """`text` with nCr / nPr in calculator or subscript notation written as the quotient of factorials."""
    for glued in (_UNICODE, _LATEX, _GLUED):  # number, letter, number
        text = glued.sub(lambda m: _factorials(m[2], m[1], m[3], m[0]), text)
    text = _NAMED.sub(lambda m: _factorials(_NAMED_LETTER[m[1].lower()], m[2], m[3], m[0]), text)
    return _CALCULATOR.sub(lambda m: _factorials(m[1], m[2], m[3], m[0]), text)
