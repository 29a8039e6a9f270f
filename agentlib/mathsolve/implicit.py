"""dy/dx of a curve given implicitly: "find dy/dx if x^2 + y^2 = 25", "x^2 + xy + y^2 = 7 에서 dy/dx".

Differentiating F(x, y) = 0 along the curve, with y a function of x, gives F_x + F_y · dy/dx = 0, so
dy/dx = -F_x / F_y wherever F_y ≠ 0. The answer is checked a second way: y is replaced by an unknown function
Y(x), the equation differentiated with the chain rule, solved for Y'(x), and Y put back as y; the two must agree.
Left out: higher derivatives (d²y/dx²) and values at a point of the curve; they abstain in the reader.
"""

from __future__ import annotations

from typing import Any

from agentlib.mathsolve.answer import Abstain
from agentlib.mathsolve.checks import Work, same


def implicit_derivative(equation: Any, x: Any, y: Any, work: Work) -> Any:
    """dy/dx on the curve `equation` (a SymPy Eq in x and y), with its steps and check in `work`.

    Raises:
        Abstain: the equation does not involve y, or F_y is identically zero (y is not a function of x there).
    """
    import sympy as sp

    curve = equation.lhs - equation.rhs
    if not curve.has(y) or not curve.has(x):
        raise Abstain(f"the equation must relate {x} and {y} to give d{y}/d{x}", "not_understood")
    along_x, along_y = sp.diff(curve, x), sp.diff(curve, y)
    if sp.simplify(along_y) == 0:
        raise Abstain(f"the equation does not determine {y} as a function of {x}", "unsupported")
    work.say(f"Write the curve as F(x, y) = 0 with F = {curve}", curve)
    work.equal("Differentiate F with respect to x, holding y fixed", sp.Derivative(curve, x).doit(), along_x)
    work.equal("Differentiate F with respect to y, holding x fixed", sp.Derivative(curve, y).doit(), along_y)
    raw = -along_x / along_y
    result = min((sp.cancel(raw), sp.simplify(raw), sp.factor(raw)), key=lambda e: (sp.count_ops(e), len(str(e))))
    work.equal(f"d{y}/d{x} = -F_x / F_y", raw, result, role="key",
               explanation="F_x + F_y · dy/dx = 0 along the curve")
    function = sp.Function("Y")(x)
    chained = sp.diff(curve.subs(y, function), x)
    slopes = sp.solve(chained, sp.diff(function, x))
    if len(slopes) != 1:
        work.verify("the chain rule gives one slope", False, f"{len(slopes)} solutions for Y'(x)")
        return result
    check = same(slopes[0].subs(function, y), result)
    work.verify(f"differentiating with {y} = Y({x}) by the chain rule gives the same d{y}/d{x}", check.holds,
                check.how)
    return result
