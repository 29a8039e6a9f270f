"""The vertex, axis of symmetry and completed square of a quadratic a·x² + b·x + c (a ≠ 0).

h = -b/(2a) and k = c - b²/(4a), so that a·x² + b·x + c = a(x - h)² + k. Checks of each answer: a(x - h)² + k
expands back to the quadratic; f(h) = k; f'(h) = 0 (the vertex is the turning point). Anything that is not a
polynomial of degree exactly 2 in one variable with constant coefficients is not a parabola here: abstain.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, display, exactly_zero, latex


@dataclass(frozen=True)
class Parabola:
    """a(x - h)² + k, with the quadratic it came from."""

    quadratic: Any
    x: Any
    a: Any
    h: Any
    k: Any

    @property
    def vertex_form(self) -> Any:
        import sympy as sp

        return sp.Add(sp.Mul(self.a, sp.Pow(self.x - self.h, 2)), self.k)


def parabola(quadratic: Any, x: Any, work: Work) -> Parabola:
    """The vertex form of `quadratic` in `x`, with its steps and checks."""
    import sympy as sp

    if quadratic.free_symbols != {x}:
        raise Abstain("a parabola here is a quadratic in one variable", "unsupported")
    try:
        poly = sp.Poly(sp.expand(quadratic), x)
    except sp.PolynomialError:
        raise Abstain(f"{display(quadratic)} is not a polynomial", "unsupported") from None
    if poly.degree() != 2 or not all(c.is_real for c in poly.all_coeffs()):
        raise Abstain(f"{display(quadratic)} is not a quadratic with real coefficients", "unsupported")
    a, b, c = poly.all_coeffs()
    h, k = sp.simplify(-b / (2 * a)), sp.simplify(c - b**2 / (4 * a))
    work.say(f"Coefficients: a = {display(a)}, b = {display(b)}, c = {display(c)}", role="main")
    work.equal("h = -b / (2a)", -b / (2 * a), h, role="key")
    work.equal("k = c - b² / (4a)", c - b**2 / (4 * a), k, role="key")
    found = Parabola(quadratic, x, a, h, k)
    work.verify(f"{display(found.vertex_form)} expands to {display(quadratic)}",
                exactly_zero(sp.expand(found.vertex_form) - sp.expand(quadratic)), "exact")
    work.verify(f"f({display(h)}) = {display(k)}", exactly_zero(quadratic.subs(x, h) - k), "exact")
    work.verify(f"f'({display(h)}) = 0", exactly_zero(sp.diff(quadratic, x).subs(x, h)), "exact")
    return found


def vertex(quadratic: Any, x: Any, work: Work) -> Answer:
    """The vertex (h, k)."""
    found = parabola(quadratic, x, work)
    h, k = found.h, found.k
    return Answer(f"({display(h)}, {display(k)})", rf"\left({latex(h)}, {latex(k)}\right)",
                  {"kind": "expression", "expression": f"({h}, {k})"})  # a point, as the midpoint's


def axis_of_symmetry(quadratic: Any, x: Any, work: Work) -> Answer:
    """The axis x = h."""
    h = parabola(quadratic, x, work).h
    return Answer(f"{x} = {display(h)}", f"{x} = {latex(h)}",
                  {"kind": "expression", "expression": str(h), "equation": f"{x} = {h}"})


def completed_square(quadratic: Any, x: Any, work: Work) -> Answer:
    """a(x - h)² + k, kept in that form."""
    form = parabola(quadratic, x, work).vertex_form
    return Answer(display(form), latex(form), {"kind": "expression", "expression": str(form)})
