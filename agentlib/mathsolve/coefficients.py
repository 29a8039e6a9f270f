"""The coefficient of x^k in an expansion: "the coefficient of x^3 in (2x + 1)^5".

Computed by expanding; checked by Taylor's formula (the k-th derivative at 0 over k!), a different route to the
same number. The expression must be a polynomial in x (other letters stay in the coefficient).
"""

from __future__ import annotations

from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, display, exactly_zero, latex


def monomial_power(term: Any) -> tuple[Any, int]:
    """x^k (or x) -> (x, k); anything else abstains."""
    import sympy as sp

    if isinstance(term, sp.Symbol):
        return term, 1
    if isinstance(term, sp.Pow) and isinstance(term.base, sp.Symbol) and term.exp.is_Integer and term.exp >= 0:
        return term.base, int(term.exp)
    raise Abstain(f"the coefficient of {display(term)}: a power of one variable (x^k) is read here", "unsupported")


def coefficient(term: Any, expression: Any, work: Work) -> Answer:
    """The coefficient of `term` (x^k) in `expression`."""
    import sympy as sp

    x, power = monomial_power(term)
    if power > 200:
        raise Abstain("the power is too large to expand here", "too_large")
    if not expression.is_polynomial(x):
        raise Abstain(f"{display(expression)} is not a polynomial in {x}", "unsupported")
    expanded = sp.expand(expression)
    work.equal("Expand", expression, expanded, role="main")
    value = sp.Poly(expanded, x).coeff_monomial(x**power)
    work.checked(f"The coefficient of {display(term)}", value, True, f"the {display(term)} term of the expansion",
                 "expand", role="key")
    taylor = sp.diff(expression, x, power).subs(x, 0) / sp.factorial(power)
    work.verify(f"Taylor: the {power}-th derivative at 0 over {power}! is {display(value)}",
                exactly_zero(taylor - value), "exact")
    return Answer(display(value), latex(value), {"kind": "expression", "expression": str(value)})
