"""The local (relative) maximum or minimum value of a function of one real variable: 극댓값, 극솟값; or all of
its local extrema at once ("local extrema of x^3 - 3x", "극값").

Critical points are the real zeros of f' (a finite set, else abstain); each is classified by the sign of f'' there
(f'' = 0 leaves the point unclassified: abstain rather than guess). The answer is the value of f at the one
critical point of the asked kind; none, or several with different values, abstain. Checks of the answer: f' = 0
and the sign of f'' exactly, and f at 30 digits a little to each side of the point is below (above) the value.
"""

from __future__ import annotations

from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, display, exactly_zero, latex, numeric_value

_SIDE = "1e-6"


def local_extrema(f: Any, x: Any, work: Work) -> Answer:
    """Every local maximum and minimum of `f`, each with its point ("local maximum 2 at x = -1; ...")."""
    import sympy as sp

    real = sp.Symbol(x.name, real=True)
    f = f.subs(x, real)
    first = sp.simplify(sp.diff(f, real))
    second = sp.diff(f, real, 2)
    critical = sp.solveset(first, real, sp.S.Reals)
    if critical == sp.S.EmptySet:
        raise Abstain("f' is never 0: the function has no local extremum", "unsupported")
    if not isinstance(critical, sp.FiniteSet):
        raise Abstain("the critical points were not found in closed form", "no_closed_form")
    work.equal(f"f'({x})", sp.diff(f, real), first, role="main")
    work.say("Critical points (f' = 0)", critical, role="main")
    found = []
    for point in sorted(critical, key=lambda p: float(p)):
        curvature = sp.simplify(second.subs(real, point))
        number = numeric_value(curvature)
        if number is None or abs(number.imag) > 1e-20 or exactly_zero(curvature):
            raise Abstain(f"f''({display(point)}) does not decide the kind of the point", "unsupported")
        shape = "maximum" if number.real < 0 else "minimum"
        value = sp.simplify(f.subs(real, point))
        work.checked(f"f''({display(point)}) = {display(curvature)}: a local {shape}, f({display(point)}) = "
                     f"{display(value)}", value, True, f"f''({display(point)}) {'<' if shape == 'maximum' else '>'} 0",
                     "second-derivative test")
        sign = -1 if shape == "maximum" else 1
        step = sp.Float(_SIDE, 30)
        sides = [numeric_value(f.subs(real, point + d) - value) for d in (step, -step)]
        work.verify(f"f'({display(point)}) = 0", exactly_zero(first.subs(real, point)), "exact")
        work.verify(f"f is {'below' if sign < 0 else 'above'} {display(value)} just left and right of "
                    f"{display(point)}", all(s is not None and s.real * sign > 0 for s in sides),
                    f"30 digits at ±{_SIDE}")
        found.append((shape, value, point))
    text = "; ".join(f"local {shape} {display(value)} at {x} = {display(point)}" for shape, value, point in found)
    tex = r";\ ".join(rf"\text{{local {shape} }} {latex(value)} \text{{ at }} {x} = {latex(point)}"
                       for shape, value, point in found)
    return Answer(text, tex, {"kind": "extrema", "extrema": [{"kind": shape, "value": str(value), "at": str(point)}
                                                            for shape, value, point in found]})


def local_extremum(f: Any, x: Any, kind: str, work: Work) -> Answer:
    """The local maximum (`kind` "maximum") or minimum value of `f`."""
    import sympy as sp

    real = sp.Symbol(x.name, real=True)
    f = f.subs(x, real)
    first = sp.simplify(sp.diff(f, real))
    second = sp.diff(f, real, 2)
    critical = sp.solveset(first, real, sp.S.Reals)
    if not isinstance(critical, sp.FiniteSet):
        raise Abstain("the critical points were not found in closed form", "no_closed_form")
    work.equal(f"f'({x})", sp.diff(f, real), first, role="main")
    work.say("Critical points (f' = 0)", critical, role="main")
    chosen = []
    for point in critical:
        curvature = sp.simplify(second.subs(real, point))
        number = numeric_value(curvature)
        if number is None or abs(number.imag) > 1e-20:
            raise Abstain(f"f'' at {display(point)} could not be evaluated", "unsupported")
        if exactly_zero(curvature):
            raise Abstain(f"f''({display(point)}) = 0: the second-derivative test does not decide", "unsupported")
        shape = "maximum" if number.real < 0 else "minimum"
        work.checked(f"f''({display(point)}) = {display(curvature)}: a local {shape}", curvature, True,
                     f"f''({display(point)}) {'<' if shape == 'maximum' else '>'} 0", "second-derivative test")
        if shape == kind:
            chosen.append(point)
    if len(chosen) != 1:
        raise Abstain(f"{len(chosen)} local {kind} points: " + ("none" if not chosen else "which one?"),
                      "unsupported" if not chosen else "ambiguous")
    point = chosen[0]
    value = sp.simplify(f.subs(real, point))
    work.equal(f"f({display(point)})", f.subs(real, point), value, role="key")
    work.verify(f"f'({display(point)}) = 0", exactly_zero(first.subs(real, point)), "exact")
    sign = -1 if kind == "maximum" else 1
    work.verify(f"f''({display(point)}) is {'negative' if sign < 0 else 'positive'}",
                bool(sp.sign(sp.simplify(second.subs(real, point))) == sign), "exact sign")
    step = sp.Float(_SIDE, 30)
    sides = [numeric_value(f.subs(real, point + d) - value) for d in (step, -step)]
    work.verify(f"f is {'below' if sign < 0 else 'above'} {display(value)} just left and right of {display(point)}",
                all(s is not None and s.real * sign > 0 for s in sides), f"30 digits at ±{_SIDE}")
    return Answer(display(value), latex(value), {"kind": "expression", "expression": str(value),
                                                 "at": str(point)})
