"""Exact decimals of rationals: whether one terminates, and its digits as people write them (5.6, not 5.60)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any


def terminates(value: Any) -> bool:
    """A SymPy rational whose decimal expansion ends: its reduced denominator has no prime factor but 2 and 5."""
    q = int(value.q)
    for p in (2, 5):
        while q % p == 0:
            q //= p
    return q == 1


def decimal_text(value: Decimal) -> str:
    """Plain digits with no exponent and no trailing zeros after the point ("1200", "5.6", "0")."""
    text = format(value.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".") or "0"


def exact_decimal(value: Any) -> str:
    """A terminating SymPy rational written out exactly (28/5 -> "5.6")."""
    return decimal_text(Decimal(int(value.p)) / Decimal(int(value.q)))
