"""The coefficient of x^k in an expansion: "the coefficient of x^3 in (2x + 1)^5", "the constant term of
(x + 1/x)^6".

Computed by expanding; checked by Taylor's formula (the (k + N)-th derivative at 0 over (k + N)! of x^N times the
expression, where x^N clears the negative powers of a Laurent polynomial), a different route to the same number.
The expression must be a polynomial in x and 1/x (other letters stay in the coefficient).
"""

from __future__ import annotations

from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, display, exactly_zero, latex

_LARGEST = 200


def monomial_power(term: Any) -> tuple[Any, int]:
    """x^k (or x) -> (x, k); anything else abstains."""
    import sympy as sp

    if isinstance(term, sp.Symbol):
        return term, 1
    if isinstance(term, sp.Pow) and isinstance(term.base, sp.Symbol) and term.exp.is_Integer and term.exp >= 0:
        return term.base, int(term.exp)
    raise Abstain(f"the coefficient of {display(term)}: a power of one variable (x^k) is read here", "unsupported")


def coefficient(term: Any, expression: Any, work: Work, power: int | None = None) -> Answer:
    """The coefficient of `term` (x^k; with `power` given, `term` is x and the power is `power`)."""
    import sympy as sp

    x, power = (term, power) if power is not None else monomial_power(term)
    if power > _LARGEST:
        raise Abstain("the power is too large to expand here", "too_large")
    expanded = sp.expand(expression)
    lowest = _lowest_power(expanded, x)
    if lowest is None:
        raise Abstain(f"{display(expression)} is not a polynomial in {x} and 1/{x}", "unsupported")
    shift = max(0, -lowest)
    if shift > _LARGEST:
        raise Abstain("the power is too large to expand here", "too_large")
    work.equal("Expand", expression, expanded, role="main")
    value = sp.expand(expanded * x**shift).coeff(x, power + shift) if shift else \
        sp.Poly(expanded, x).coeff_monomial(x**power)
    name = "the constant term" if power == 0 else f"the coefficient of {display(x**power)}"
    work.checked(name[0].upper() + name[1:], value, True, f"the {display(x**power)} term of the expansion", "expand",
                 role="key")
    cleared = sp.expand(expression * x**shift) if shift else expression
    taylor = sp.diff(cleared, x, power + shift).subs(x, 0) / sp.factorial(power + shift)
    work.verify(f"Taylor: the {power + shift}-th derivative at 0 over {power + shift}! is {display(value)}",
                exactly_zero(taylor - value), "exact")
    return Answer(display(value), latex(value), {"kind": "expression", "expression": str(value)})


def _lowest_power(expanded: Any, x: Any) -> int | None:
    """The lowest power of x in an expanded sum of monomials in x and 1/x (None: not such a sum)."""
    lowest = 0
    for part in expanded.as_ordered_terms() if expanded != 0 else []:
        exponent = degree_of(part, x)
        if exponent is None:
            return None
        lowest = min(lowest, exponent)
    return lowest


def degree_of(monomial: Any, x: Any) -> int | None:
    """k for c·x^k with c free of x (k may be negative); None otherwise."""
    _, factor = monomial.as_independent(x, as_Add=False)
    if factor == 1:
        return 0
    if factor == x:
        return 1
    if factor.is_Pow and factor.base == x and factor.exp.is_Integer:
        return int(factor.exp)
    return None
