"""The critical points of a polynomial: "find the critical points of x^3 - 3x", "critical points of f(x) = x^2 - 4x
+ 1", "critical numbers of y = x^4 - 2x^2", "stationary points of t^3 - 12t".

A critical point is a real x where f'(x) = 0 or f'(x) does not exist. For a polynomial f' exists everywhere, so the
critical points are exactly the real solutions of f'(x) = 0: the request is read as that equation, solved over the
reals and checked by the solver like any other. Anything but a polynomial in one variable (|x|, x^(2/3), 1/x,
where f' fails to exist somewhere) is left to the other readers, which abstain; a constant has every x critical and
is left out too. The answer gives the x values, as a textbook lists critical numbers.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.request import MathRequest
from agentlib.tools.notation import NotationError, to_plain
from agentlib.tools.safe_math import ExpressionError, parse_expression

_ASKED = re.compile(r"^(?:(?:please )?(?:find|what are|determine|locate|give|list|calculate)\s+)?(?:all\s+)?(?:of\s+)?"
                    r"(?:the\s+)?(?:critical|stationary)\s+(?:points?|numbers?|values?)\s+(?:of|for)\s+"
                    r"(?:the\s+)?(?:function\s+|polynomial\s+|curve\s+)?"
                    r"(?:(?P<name>[a-z])\s*\(\s*(?P<argument>[a-z])\s*\)\s*=|y\s*=)?\s*(?P<formula>[^?]{1,200}?)"
                    r"\s*[?.]?$", re.I)


def read_critical_points(text: str) -> MathRequest | None:
    """The equation f'(x) = 0 over the reals when `text` asks for a polynomial's critical points, else None."""
    match = _ASKED.match(" ".join(text.split()))
    if match is None:
        return None
    shown = match.group("formula").strip().strip("$").strip()
    try:
        formula = to_plain(shown)
        f = parse_expression(formula)
    except (NotationError, ExpressionError):  # a formula the parser refuses is left to the other readers
        return None
    symbols = sorted(getattr(f, "free_symbols", set()), key=str)
    argument = match.group("argument")
    if len(symbols) != 1 or (argument is not None and str(symbols[0]) != argument):
        return None
    variable = symbols[0]
    if not f.is_polynomial(variable) or f.as_poly(variable) is None or f.as_poly(variable).degree() < 1:
        return None
    return MathRequest(task="solve", items=(f"Derivative({formula}, {variable}) = 0",), shown=(shown,),
                       variable=str(variable), domain="real",
                       notes=(f"read as the critical points of {shown}: the real {variable} where f'({variable}) = 0 "
                              "(a polynomial's derivative exists everywhere)",))


__all__ = ["read_critical_points"]
