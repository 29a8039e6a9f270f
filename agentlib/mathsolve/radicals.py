"""Rationalizing a denominator: 1/(√3 - 1) = (√3 + 1)/2, a fraction whose denominator has no root left.

SymPy's `radsimp` multiplies by conjugates; the answer is kept only when its denominator is rational and it
equals the original (checked by `same`), otherwise the request abstains rather than show a form that is not
what was asked.
"""

from __future__ import annotations

from typing import Any

from agentlib.mathsolve.answer import Abstain
from agentlib.mathsolve.checks import Work, display, same


def rationalize(expression: Any, work: Work) -> Any:
    """`expression` with a rational denominator, the multiplication by the conjugate shown as the key step."""
    import sympy as sp

    if expression.free_symbols:
        raise Abstain("rationalizing is read here for numbers with roots, not for expressions in variables",
                      "unsupported")
    numerator, denominator = sp.fraction(sp.together(expression))
    result = sp.radsimp(expression)
    _, new_denominator = sp.fraction(sp.together(result))
    if not new_denominator.is_rational:
        raise Abstain("the denominator could not be made rational", "unsupported")
    if denominator.is_rational:
        work.say("The denominator is already rational", result, role="key")
    else:
        work.equal(f"Multiply numerator and denominator by the conjugate of {display(denominator)}", expression,
                   result, role="key", explanation="(a - b)(a + b) = a^2 - b^2 removes a square root.")
    check = same(expression, result)
    work.verify(f"{display(result)} equals {display(numerator / denominator)}", check.holds, check.how)
    return result
