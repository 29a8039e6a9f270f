"""The inverse of a one-to-one function: solve y = f(x) for x, then name the variable x again.

Only a function whose equation y = f(x) has exactly one solution x (for symbolic y) is inverted; x², sin x and
other functions that are not one-to-one on their natural domain abstain (their inverse needs a restricted domain).
Checks of the answer: f(g(x)) = x and g(f(x)) = x, simplified with x real (and, when SymPy cannot decide, at
random points inside the domain).
"""

from __future__ import annotations

from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, display, exactly_zero, latex


def inverse_function(f: Any, x: Any, work: Work) -> Answer:
    """g with g(f(x)) = x = f(g(x))."""
    import sympy as sp

    if f.free_symbols != {x}:
        raise Abstain("an inverse function is found here for a function of one variable", "unsupported")
    y = sp.Dummy("y")
    solutions = sp.solve(sp.Eq(y, f), x)
    if len(solutions) != 1:
        raise Abstain(f"y = {display(f)} has {len(solutions)} solutions for {x}: the function is not one-to-one "
                      "(restrict its domain)", "ambiguous")
    inverse = sp.simplify(solutions[0].subs(y, x))
    work.say(f"Write y = {display(f)} and solve for {x}", role="main")
    work.checked(f"{x} in terms of y", solutions[0], True, f"the only solution of y = {display(f)}", "solve",
                 role="main")
    work.say("Swap the names of x and y", inverse, role="key")
    real = sp.Symbol("t", real=True)
    work.verify("f(g(x)) = x", exactly_zero(sp.simplify(f.subs(x, inverse).subs(x, real) - real)), "simplify")
    work.verify("g(f(x)) = x", exactly_zero(sp.simplify(inverse.subs(x, f).subs(x, real) - real)), "simplify")
    return Answer(f"f⁻¹({x}) = {display(inverse)}", rf"f^{{-1}}({x}) = {latex(inverse)}",
                  {"kind": "expression", "expression": str(inverse)})
