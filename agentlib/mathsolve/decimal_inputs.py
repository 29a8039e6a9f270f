"""Arithmetic written in decimals answers in decimals: "0.1 + 0.2" is 0.3, not 3/10.

People who type a decimal point read the result as a decimal, as a calculator shows it (the same convention as
`everyday_formulas.priced` for money and measurements). The value stays exact: the decimal is written only when
the exact rational result terminates and is not whole; "0.5 + 1/3" (5/6) keeps its fraction, and a result that is
not rational (π, √2) keeps its symbols. Only the number's spelling changes, so the answer is the same value.
"""

from __future__ import annotations

import re
from typing import Any

from agentlib.mathsolve.decimals import exact_decimal, terminates

# A number with a decimal point, not part of a longer token (a version "1.2.3", a name "x1.5").
_DECIMAL_NUMBER = re.compile(r"(?<![\w.])\d*\.\d+(?![\w.])")


# A percentage is a count of hundredths, read as a decimal as a calculator shows it: 7% of 1,250 is 87.5, not 175/2.
_PERCENTAGE = re.compile(r"\d\s*\\?%")


def written_in_decimals(texts: tuple[str, ...]) -> bool:
    """Whether a number in the formulas as written (`MathRequest.shown`) has a decimal point or is a percentage."""
    return any(_DECIMAL_NUMBER.search(text) or _PERCENTAGE.search(text) for text in texts)


def as_decimal(value: Any) -> str | None:
    """The exact decimal of a SymPy rational that terminates and is not whole (27/8 -> "3.375"), else None."""
    if not getattr(value, "is_Rational", False) or getattr(value, "is_Integer", False) or not terminates(value):
        return None
    return exact_decimal(value)
