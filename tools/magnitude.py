"""Upper bounds on the decimal size of SymPy numbers, reasoned from their structure, never computed.

`scale(value)` bounds how many decimal digits it takes to write a numeric SymPy expression (a constant:
no free symbols) or to evaluate it exactly: an upper bound of |log10 |v|| for each number met inside it.
Huge numbers and tiny ones both count (10**-4000 is as costly as 10**4000), and so does the precision a
periodic or integer-valued function needs (floor(10**399*pi) needs 400 correct digits of pi). The bound
is built bottom-up from the tree, so it costs microseconds on any expression the safe parser accepts:

    Integer n, Rational p/q     digits of p and of q
    pi, E, I, sqrt(2), ...      about 1
    a + b                       the larger scale, plus the digits of the term count
    a * b                       the sum of the scales
    b ** e (numeric e)          |e| times the scale of b; an exponent that is itself huge is infinite
    exp(a)                      |a| / ln 10, where |a| is bounded by 10**scale(a)
    factorial(n), binomial(n,k) Stirling's bound from the largest value the argument can take
    other functions             the largest scale of their arguments (bounded value, but the precision
                                 needed grows with the argument)

`float("inf")` means "too large to bound in a float": callers refuse it. Left out: lower bounds and
cancellation (10**400 - 10**400 has scale 400 here), which only make the guard stricter.
"""

from __future__ import annotations

import math
from typing import Any

INFINITE = float("inf")
_LOG10_2 = math.log10(2)
_HUGE_EXPONENT = 300.0  # 10**300 does not fit a float's exponent arithmetic: treat as infinite


def integer_digits(n: int) -> float:
    """Decimal digits of |n| (1 for 0), from its bit length: no string conversion of huge integers."""
    bits = abs(int(n)).bit_length()
    return max(1.0, bits * _LOG10_2)


def _power_of_ten(exponent: float) -> float:
    """10**exponent as a float, infinite past the float range."""
    return INFINITE if exponent > _HUGE_EXPONENT else 10.0 ** exponent


def binomial_digits(n: float, k: float) -> float:
    """log10 C(n, k) for real n >= k >= 0 (Stirling through lgamma); infinite when n is."""
    if not math.isfinite(n) or not math.isfinite(k):
        return INFINITE
    k = min(k, n - k)
    if k <= 0:
        return 1.0
    return (math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)) / math.log(10) + 1


def factorial_digits(n: float) -> float:
    """log10 n! for real n >= 0; infinite when n is."""
    if not math.isfinite(n):
        return INFINITE
    return math.lgamma(max(n, 0) + 1) / math.log(10) + 1


def _rational_size(value: Any) -> float:
    """|p/q| as a float, infinite past the float range."""
    digits = integer_digits(int(value.p)) - integer_digits(int(value.q))
    return INFINITE if digits > _HUGE_EXPONENT else abs(int(value.p)) / int(value.q)


def scale(value: Any) -> float:
    """An upper bound of the decimal digits needed to write or evaluate a numeric SymPy expression.

    Expressions with free symbols get the bound of their numeric parts (a symbol counts 1).
    """
    import sympy as sp

    return _scale(sp, value, 0)


def _scale(sp: Any, value: Any, depth: int) -> float:
    if depth > 200:  # deeper than any parsed expression: no bound
        return INFINITE
    if isinstance(value, int):
        return integer_digits(value)
    if isinstance(value, sp.MatrixBase):
        return max((_scale(sp, a, depth + 1) for a in value), default=1.0)
    if not isinstance(value, sp.Basic):
        return 1.0
    if value.is_Integer:
        return integer_digits(int(value.p))
    if value.is_Rational:
        return max(integer_digits(int(value.p)), integer_digits(int(value.q)))
    if value.is_Float:
        exponent = value._mpf_[2] + value._mpf_[3] if value._mpf_[1] else 0
        return abs(exponent) * _LOG10_2 + 1
    if value.is_Atom:  # pi, E, I, oo, symbols
        return 1.0
    args = value.args
    inner = [_scale(sp, a, depth + 1) for a in args]
    if value.is_Add:
        return max(inner) + math.log10(len(args))
    if value.is_Mul:
        return sum(inner)
    if value.is_Pow:
        base, exponent = args
        if base in (sp.S.Zero, sp.S.One, sp.S.NegativeOne):
            return 1.0
        size = _rational_size(exponent) if exponent.is_Rational else _power_of_ten(inner[1])
        return inner[0] * size + inner[1]
    if isinstance(value, sp.exp):
        return _power_of_ten(inner[0]) / math.log(10) + 1
    if isinstance(value, sp.factorial):
        return factorial_digits(_power_of_ten(inner[0]))
    if isinstance(value, sp.binomial):
        return binomial_digits(_power_of_ten(inner[0]), _power_of_ten(inner[1]) / 2)
    return max(inner, default=1.0)
