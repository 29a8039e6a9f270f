"""Two equations in a row in the same single unknown whose real solutions are disjoint cannot both follow.

"\\log_2(2x - 2) = 4" then "2x - 2 = 4": the first holds only at x = 9, the second only at x = 3. A derivation
may gain roots (squaring, multiplying by the unknown) or lose some (dividing by a factor, keeping one case),
so only equations that share no root at all, each with at least one, are refuted. An equation `log_b(A) = c`
or `b^A = c` (b, c numbers) is first read as `A = b^c` or `A = log_b(c)`, which has the same solutions; then
the numerator of lhs - rhs must be a polynomial of bounded degree, whose real roots (other than the zeros of
a denominator) are found exactly.

Left out: equations in two or more unknowns (`identities.py` compares those by constant offsets), equations
with no real root (a trace that finds none says so), other transcendental equations, and whether the
unknown still names the same quantity: the caller keeps to consecutive equations with no case or new
definition between them.
"""

from __future__ import annotations

from typing import Any

from agentlib.checking.algebra import MAX_EXPONENT
from agentlib.checking.members import MAX_DIGITS
from agentlib.checking.report import ClaimResult, Rule

_MAX_DEGREE = 6
_MAX_UNWRAPS = 3
_MAX_EARLIER = 6  # remembered equations searched for one that `after` is a case of


def real_roots(lhs: Any, rhs: Any) -> list[Any] | None:
    """The real solutions of `lhs = rhs` in its one unknown, or None when they are not found exactly."""
    import sympy

    (symbol,) = (lhs - rhs).free_symbols
    try:
        for _ in range(_MAX_UNWRAPS):
            unwrapped = _unwrapped(lhs, rhs, symbol) or _unwrapped(rhs, lhs, symbol)
            if unwrapped is None:
                break
            lhs, rhs = unwrapped
        numerator, denominator = sympy.fraction(sympy.together(lhs - rhs))
        if any(isinstance(node, (sympy.log, sympy.exp)) or (node.is_Pow and node.exp.free_symbols)
               for node in sympy.preorder_traversal(numerator)):
            return None
        poly = sympy.Poly(numerator, symbol)
        if poly.degree() < 1 or poly.degree() > _MAX_DEGREE or not poly.domain.is_QQ and not poly.domain.is_ZZ:
            return None
        if any(max(len(str(abs(c.p))), len(str(c.q))) > MAX_DIGITS for c in poly.coeffs()):
            return None
        roots = sympy.real_roots(poly)
        return [r for r in dict.fromkeys(roots) if denominator.subs(symbol, r) != 0]
    except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError, sympy.PolynomialError,
            sympy.polys.polyerrors.GeneratorsNeeded):
        return None


def _unwrapped(side: Any, other: Any, symbol: Any) -> tuple[Any, Any] | None:
    """`log_b(A) = c` -> (A, b^c); `b^A = c` -> (A, log_b(c)) when that is rational; else None."""
    import sympy

    if not other.is_number:
        return None
    coefficient, part = side.as_independent(symbol, as_Add=False)
    if not coefficient.is_number or coefficient == 0:
        return None
    value = other / coefficient
    if isinstance(part, sympy.log) and value.is_real:
        if abs(float(value)) > MAX_EXPONENT:
            return None
        power = sympy.exp(value)  # exp(4 log 2) is 16
        return (part.args[0], power) if power.is_Rational else None
    if (part.is_Pow and part.base.is_Rational and part.base > 1 and part.exp.free_symbols
            and value.is_Rational and value > 0):
        exponent = sympy.log(value, part.base)
        return (part.exp, exponent) if exponent.is_Rational else None
    return None


def disjoint_solutions(before: tuple[Any, Any, str], after: tuple[Any, Any, str],
                       earlier: list[tuple[Any, Any]] | None = None) -> list[ClaimResult]:
    """`after` (lhs, rhs, text) right after `before`, both in the same one unknown: refuted when each has a real
    solution and no solution of one solves the other. An equation of `earlier` (sides) whose solutions hold all
    of `after`'s makes `after` another of its cases: "(x-2)(x-3) = 0", "x - 2 = 0", then "x - 3 = 0"."""
    old, new = before[0] - before[1], after[0] - after[1]
    if len(old.free_symbols) != 1 or old.free_symbols != new.free_symbols:
        return []
    old_roots, new_roots = real_roots(before[0], before[1]), real_roots(after[0], after[1])
    if not old_roots or not new_roots:
        return []
    if any(_same(a, b) for a in old_roots for b in new_roots):
        return []
    for lhs, rhs in (earlier or [])[-_MAX_EARLIER:]:
        if (lhs - rhs).free_symbols == old.free_symbols:
            roots = real_roots(lhs, rhs)
            if roots and all(any(_same(a, b) for a in roots) for b in new_roots):
                return []
    (symbol,) = old.free_symbols
    return [ClaimResult("algebra", f"{after[2]} follows from {before[2]}", "refuted", rule=Rule.ROOTS,
                        correct=f"{before[2]} holds only at {symbol} = {_listed(old_roots)}, "
                                f"{after[2]} only at {symbol} = {_listed(new_roots)}")]


def _same(a: Any, b: Any) -> bool:
    import sympy

    return abs(sympy.N(a - b, 30)) < 1e-12


def _listed(roots: list[Any]) -> str:
    return " or ".join(str(r) if r.is_Rational else f"{float(r):.6g}" for r in roots)
