"""The area between a graph and the x-axis, with no bounds given: "the area enclosed by y = 4 - x^2 and the x-axis",
"y = x^2 - 4 와 x축으로 둘러싸인 부분의 넓이".

The region is the one the curve closes off with the axis: from its smallest to its largest real zero. Reading
(`read_area_to_axis`) takes the function from the sentence; the worker (`area_to_axis`) finds the zeros (a finite
set with at least two, else abstain: the region is not closed), integrates f between each pair of neighbouring
zeros, and adds the absolute values (the parts below the axis count as area too). Checks: f is 0 at both ends, and
a 30-digit numerical quadrature of |f| over the whole span agrees.
"""

from __future__ import annotations

import re
from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, display, exactly_zero, latex, numeric_value
from agentlib.mathsolve.request import MathRequest

MAX_ZEROS = 12
_FUNCTION = r"(?:(?:the )?(?:curve|graph|parabola|function)(?: of)? )?(?P<f>[^?]+?)"
_AXIS = r"(?:the )?x[- ]?axis"
_SHAPES = [
    re.compile(rf"^(?:find |what is |compute |calculate |determine )?(?:the )?area (?:of the region |of the figure )?"
               rf"(?:enclosed|bounded|formed|between|closed off)(?: by)? {_FUNCTION} and {_AXIS}\s*[.?]?$", re.I),
    re.compile(rf"^(?:find |what is |compute |calculate )?(?:the )?area between {_AXIS} and {_FUNCTION}\s*[.?]?$",
               re.I),
    re.compile(r"^(?:곡선 |함수 |그래프 )?(?P<f>[^?]+?)\s?(?:의 그래프)?\s?(?:와|과)\s?x\s?축\s?(?:으로|에)?\s?"
               r"(?:의해\s?)?(?:둘러싸인|둘러쌓인|둘러 싸인)\s?"
               r"(?:부분|도형|영역|부분의 넓이|도형의 넓이)?(?:의)?\s?(?:넓이)?"
               r"(?:를|을)?\s?(?:구하(?:세요|시오|여라|라)|는|은|는\?)?\s*[.?]?$"),
]
_EQUATION = re.compile(r"^\s*(?:y|f\s*\(\s*x\s*\))\s*=\s*(?P<rhs>.+)$")


def read_area_to_axis(text: str) -> MathRequest | None:
    """The `area_to_axis` request `text` makes, or None when it is not one of the shapes above."""
    from agentlib.tools.notation import NotationError, to_plain

    stripped = " ".join(text.strip().split())
    for shape in _SHAPES:
        match = shape.match(stripped)
        if match is None:
            continue
        written = match.group("f").strip().strip("$").strip()
        equation = _EQUATION.match(written)
        formula = equation.group("rhs") if equation else written
        if "=" in formula or re.search(r"[가-힣]", formula):
            return None
        try:
            plain = to_plain(formula)
        except NotationError:
            return None
        return MathRequest("area_to_axis", (plain,), shown=(written,),
                           notes=("the region between the graph and the x-axis, from its first zero to its last",))
    return None


def area_to_axis(f: Any, work: Work, between: tuple[Any, Any] | None = None) -> Answer:
    """The area between the graph of `f` (one variable) and the x-axis, between its outermost real zeros, or over
    `between` = (a, b) when bounds are given (`area_between_curves` passes f - g: the area between two graphs)."""
    import mpmath
    import sympy as sp

    symbols = sorted(f.free_symbols, key=str)
    if len(symbols) != 1:
        raise Abstain("the area needs a function of one variable", "not_understood")
    x = sp.Symbol(symbols[0].name, real=True)
    f = f.subs(symbols[0], x)
    if between is not None and not all(getattr(b, "is_real", False) and b.is_finite for b in between):
        raise Abstain("the bounds of the area must be real numbers", "not_understood")
    if between is not None and not sp.simplify(between[1] - between[0]).is_positive:
        raise Abstain("the area's lower bound must be below its upper bound", "ambiguous")
    if between is not None and sp.calculus.util.continuous_domain(f, x, sp.Interval(*between)) != \
            sp.Interval(*between):
        raise Abstain("the function is not continuous between the bounds: the area is an improper integral",
                      "unsupported")
    domain = sp.S.Reals if between is None else sp.Interval.open(*between)
    zeros = sp.solveset(f, x, domain)
    if zeros == sp.S.EmptySet and between is None:
        raise Abstain("the graph never meets the x-axis: it closes off no region", "unsupported")
    crossing = zeros != sp.S.EmptySet  # with bounds given, the graph may not cross the axis between them
    if crossing and (not isinstance(zeros, sp.FiniteSet) or len(zeros) > MAX_ZEROS):
        raise Abstain("the zeros of the function were not found as a finite list", "no_closed_form")
    points = sorted(zeros, key=lambda z: float(z)) if crossing else []
    if between is not None:
        points = [between[0], *points, between[1]]
    if len(points) < 2:
        raise Abstain("the graph meets the x-axis fewer than twice: it closes off no region", "unsupported")
    work.say(f"Zeros of {display(f)} (where the graph meets the x-axis)", zeros, role="main")
    pieces = []
    for left, right in zip(points, points[1:]):
        piece = sp.simplify(sp.integrate(f, (x, left, right)))
        if piece.has(sp.Integral):
            raise Abstain("an integral between two zeros has no closed form", "no_closed_form")
        work.equal(f"∫ from {display(left)} to {display(right)} of ({display(f)}) dx", sp.Integral(f, (x, left, right)),
                   piece, role="main")
        pieces.append(sp.Abs(piece))
    area = sp.simplify(sp.Add(*pieces))
    work.equal("Area = the sum of the absolute values", sp.Add(*pieces), area, role="key")
    if between is None:  # with bounds given, the region's ends are the bounds, not zeros
        ends = all(exactly_zero(f.subs(x, p)) for p in (points[0], points[-1]))
        work.verify(f"f({display(points[0])}) = f({display(points[-1])}) = 0", ends, "exact")
    mpmath.mp.dps = 30
    function = sp.lambdify(x, sp.Abs(f), "mpmath")
    nodes = [mpmath.mpf(str(sp.N(p, 40))) for p in points]
    quadrature = mpmath.quad(function, nodes)
    value = numeric_value(area)
    agrees = value is not None and abs(complex(value) - complex(quadrature)) < 1e-12 * max(1.0, abs(complex(value)))
    span = f"{display(points[0])} to {display(points[-1])}"
    work.verify(f"numerical ∫ |f| dx from {span} = {mpmath.nstr(quadrature, 15)}", agrees, "30-digit quadrature")
    return Answer(display(area), latex(area), {"kind": "expression", "expression": str(area)})
