"""The equation of the tangent line to y = f(x) at x = a: y = f'(a)(x - a) + f(a).

Checks of the answer: the line passes through (a, f(a)); f minus the line vanishes at a together with its
derivative (the line touches the curve there); and the derivative is confirmed by both one-sided difference
quotients at 40 digits, so a corner (|x| at 0), where SymPy's formal derivative can still return a number, is
never given a tangent. A point given as (a, b) must lie on the curve.
"""

from __future__ import annotations

from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, display, exactly_zero, latex, numeric_value

_STEP = "1e-15"


def tangent_line(curve: Any, x: Any, at: Any, given_y: Any | None, work: Work) -> Answer:
    """The tangent to y = `curve` at x = `at` (`given_y`: the point's y when the text gave it)."""
    import sympy as sp

    height = sp.simplify(curve.subs(x, at))
    if not height.is_finite or numeric_value(height) is None or abs(numeric_value(height).imag) > 1e-20:  # type: ignore[union-attr]
        raise Abstain(f"the curve has no real value at {x} = {display(at)}", "not_understood")
    if given_y is not None and not exactly_zero(given_y - height):
        raise Abstain(f"the point ({display(at)}, {display(given_y)}) is not on the curve: "
                      f"f({display(at)}) = {display(height)}", "not_understood")
    derivative = sp.diff(curve, x)
    slope = sp.simplify(derivative.subs(x, at))
    if not slope.is_finite or numeric_value(slope) is None:
        raise Abstain(f"the curve has no derivative at {x} = {display(at)}", "not_understood")
    line = sp.expand(slope * (x - at) + height)
    work.equal(f"The point of tangency: f({display(at)})", curve.subs(x, at), height, role="main")
    work.equal(f"The derivative f'({x})", sp.diff(curve, x), sp.simplify(derivative), role="main")
    work.equal(f"The slope f'({display(at)})", derivative.subs(x, at), slope, role="key")
    work.equal(f"y = f'(a)({x} - a) + f(a)", slope * (x - at) + height, line, role="key",
               explanation="The tangent passes through the point with the derivative's slope.")
    gap = curve - line
    work.verify(f"the line passes through ({display(at)}, {display(height)})", exactly_zero(line.subs(x, at) - height),
                "exact")
    work.verify("the curve minus the line vanishes at the point with its derivative",
                exactly_zero(gap.subs(x, at)) and exactly_zero(sp.diff(gap, x).subs(x, at)), "exact")
    work.verify("both one-sided difference quotients agree with the slope (40 digits)",
                _quotients_agree(curve, x, at, slope), f"step {_STEP}")
    return Answer(f"y = {display(line)}", f"y = {latex(line)}",
                  {"kind": "expression", "expression": str(line), "equation": f"y = {line}"})


def _quotients_agree(curve: Any, x: Any, at: Any, slope: Any) -> bool:
    import sympy as sp

    h = sp.Float(_STEP, 40)
    target = numeric_value(slope, 40)
    if target is None:
        return False
    for step in (h, -h):
        quotient = numeric_value((curve.subs(x, at + step) - curve.subs(x, at)) / step, 40)
        if quotient is None or abs(quotient - target) > 1e-9 * max(1.0, abs(target)):
            return False
    return True
