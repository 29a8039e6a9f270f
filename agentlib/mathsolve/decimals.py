"""Exact decimals of rationals: whether one terminates, and its digits as people write them (5.6, not 5.60)."""

from __future__ import annotations

from decimal import Decimal, localcontext
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
    with localcontext() as context:  # normalize() rounds to the context's precision: give it every digit
        context.prec = max(context.prec, len(value.as_tuple().digits))
        text = format(value.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".") or "0"


def exact_decimal(value: Any) -> str:
    """A terminating SymPy rational written out exactly (28/5 -> "5.6").

    In integers, not with `Decimal`: its division and `normalize` round to the context's 28 digits, and 1.01^14
    came out as 1.14947421323762231204649114 with its last two digits (01) dropped."""
    numerator, denominator = int(value.p), int(value.q)
    places = max(_multiplicity(denominator, 2), _multiplicity(denominator, 5))
    digits = str(abs(numerator) * 10 ** places // denominator).rjust(places + 1, "0")  # exact: q divides 10^places
    whole, fraction = digits[:len(digits) - places], digits[len(digits) - places:].rstrip("0")
    sign = "-" if numerator < 0 else ""
    return f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}"


def _multiplicity(number: int, prime: int) -> int:
    count = 0
    while number % prime == 0:
        number //= prime
        count += 1
    return count
