"""Partial fractions of a rational function in one variable (SymPy's `apart` over the rationals).

Checks of the answer: the terms add back to the original fraction (cancelled difference 0); every term is its own
decomposition (a polynomial, or a numerator of lower degree over a power of one irreducible factor); and the
answer has as many fraction terms as the denominator has prime-power factors counted with their powers.
"""

from __future__ import annotations

from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, display, latex


def partial_fractions(fraction: Any, x: Any, work: Work) -> Answer:
    """The decomposition of `fraction` in `x`."""
    import sympy as sp

    if fraction.free_symbols != {x}:
        raise Abstain("partial fractions are found here for a fraction in one variable", "unsupported")
    numerator, denominator = sp.fraction(sp.cancel(sp.together(fraction)))
    if not (numerator.is_polynomial(x) and denominator.is_polynomial(x)) or sp.degree(denominator, x) < 1:
        raise Abstain(f"{display(fraction)} is not a fraction of polynomials with x in the denominator", "unsupported")
    if not all(c.is_Rational for c in sp.Poly(numerator, x).all_coeffs() + sp.Poly(denominator, x).all_coeffs()):
        raise Abstain("partial fractions are found here for rational coefficients", "unsupported")
    factored = sp.factor(denominator)
    work.equal("Factor the denominator", denominator, factored, role="main")
    result = sp.apart(numerator / denominator, x)
    terms = sp.Add.make_args(result)
    work.equal("Split into partial fractions", numerator / denominator, result, role="key",
               explanation="One term per power of each irreducible factor, numerators of lower degree.")
    work.verify("the terms add back to the fraction", sp.cancel(sp.together(result) - fraction) == 0, "exact")
    work.verify("each term is a single partial fraction (or the polynomial part)",
                all(sp.apart(term, x) == term for term in terms), "apart of each term")
    expected_fractions = sum(multiplicity for _, multiplicity in sp.factor_list(denominator, x)[1])
    fractions = [term for term in terms if sp.degree(sp.denom(term), x) > 0]
    work.verify(f"{expected_fractions} fraction term(s), one per power of each factor of the denominator",
                len(fractions) <= expected_fractions, "factor_list")
    return Answer(display(result), latex(result), {"kind": "expression", "expression": str(result)})
