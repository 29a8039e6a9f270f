"""Calculator and textbook spellings of choices and arrangements: "5C2", "₅C₂", "10P3", "nCr(5, 2)",
"binomial(5, 2)" are n!/(k!(n - k)!) and n!/(n - k)!, written out in factorials (5!/(2!*3!)) as the formula
reader reads them.

Only whole numbers are read: a count glued to C or P between two of them ("5C2"; "5 C 2" is not read, a spaced
capital can be a letter of a product), subscripts around C or P ("₅C₂"), and the calculator names nCr / nPr /
binomial / comb / perm before two whole numbers in brackets. A bare "C(5, 2)" is left alone: it can be a point C.
More chosen than there are ("2C5") is left as written, so the request abstains rather than read a factorial of a
negative number.
"""

from __future__ import annotations

import re

_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_GLUED = re.compile(r"(?<![A-Za-z0-9_.])(\d{1,4})([CP])(\d{1,4})(?![A-Za-z0-9_.])")  # a particle may follow: 5C2를
_TEXTBOOK = re.compile(r"([₀-₉]{1,4})([CP])([₀-₉]{1,4})")
_NAMED = re.compile(r"\b(nCr|binomial|comb|nPr|perm)\s*\(\s*(\d{1,4})\s*,\s*(\d{1,4})\s*\)", re.I)
_ARRANGING = ("P", "npr", "perm")


def _written_out(kind: str, n: str, k: str, original: str) -> str:
    total, taken = int(n), int(k)
    if taken > total:
        return original
    if kind in _ARRANGING:
        return f"({total}!/{total - taken}!)"
    return f"({total}!/({taken}!*{total - taken}!))"


def spell_counting(text: str) -> str:
    """`text` with choices and arrangements written out in factorials."""
    text = _TEXTBOOK.sub(lambda m: _written_out(m.group(2), m.group(1).translate(_SUBSCRIPTS),
                                                m.group(3).translate(_SUBSCRIPTS), m.group(0)), text)
    text = _GLUED.sub(lambda m: _written_out(m.group(2), m.group(1), m.group(3), m.group(0)), text)
    return _NAMED.sub(lambda m: _written_out(m.group(1).lower(), m.group(2), m.group(3), m.group(0)), text)
