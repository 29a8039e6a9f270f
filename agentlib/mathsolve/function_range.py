"""The range of a polynomial function of one real variable.

A polynomial is continuous on the whole line, so its range is an interval reaching from its infimum to its
supremum. Odd degree: both ends are infinite (the limits at ±∞ have opposite signs). Even degree: the end on the
leading coefficient's side is infinite, the other is the polynomial's global minimum (or maximum), found and
checked by `calculus.extremum`. Checks of the answer: the limits at ±∞, the extremum's own checks, and a scan of
values that all fall inside the range. Other functions abstain (their range needs their domain's pieces).
"""

from __future__ import annotations

from typing import Any

from agentlib.mathsolve import algebra, calculus
from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, display


def polynomial_range(f: Any, x: Any, work: Work) -> Answer:
    """The range of the polynomial `f` over the reals."""
    import sympy as sp

    if f.free_symbols != {x} or not f.is_polynomial(x):
        raise Abstain("the range is found here for a polynomial in one variable", "unsupported")
    poly = sp.Poly(sp.expand(f), x)
    if not all(c.is_real for c in poly.all_coeffs()) or poly.degree() < 1:
        raise Abstain("the range is found here for a non-constant real polynomial", "unsupported")
    ends = [sp.limit(f, x, -sp.oo), sp.limit(f, x, sp.oo)]
    work.say(f"As {x} → -∞ and {x} → +∞, f → {display(ends[0])} and {display(ends[1])}", role="main")
    if ends[0] != ends[1]:
        found = sp.Interval(-sp.oo, sp.oo)
        work.verify("the limits at -∞ and +∞ are -∞ and +∞ (in some order): a continuous f takes every value",
                    set(ends) == {-sp.oo, sp.oo}, "limits")
    elif ends[0] == sp.oo:
        low = calculus.extremum(f, x, sp.S.Reals, "minimum", work)
        found = sp.Interval(low, sp.oo)
        work.verify("f → +∞ at both ends, so every value from the minimum up is taken", True, "limits")
    else:
        high = calculus.extremum(f, x, sp.S.Reals, "maximum", work)
        found = sp.Interval(-sp.oo, high)
        work.verify("f → -∞ at both ends, so every value up to the maximum is taken", True, "limits")
    values = [f.subs(x, sp.Rational(k, 4)) for k in range(-80, 81)]
    inside = all(found.contains(v) == sp.true for v in values)
    work.verify("161 values of f from x = -20 to 20 lie in the range", inside, "spot checks")
    y = sp.Symbol("y")
    return Answer(algebra.interval_text(found, y), sp.latex(found), algebra.intervals_value(found))
