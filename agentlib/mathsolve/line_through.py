"""The equation of a straight line in words: through two points ("the equation of the line through (1, 2) and
(3, 8)", "두 점 (1, 2), (3, 8)을 지나는 직선의 방정식") or through a point with a slope ("the line through (1, 2) with
slope 3", "기울기가 3이고 점 (1, 2)를 지나는 직선의 방정식").

The reader makes a `line_through` request whose items are the points (and the slope); `line_equation` computes
y = m(x - x₁) + y₁ with m = (y₂ - y₁)/(x₂ - x₁), or x = x₁ for a vertical line, and checks that every given
point satisfies the answer and that its slope is the one given or found.
"""

from __future__ import annotations

import re
from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, display, exactly_zero, latex
from agentlib.mathsolve.request import MathRequest

_NUM = r"-?\d{1,9}(?:\.\d{1,9})?(?:/\d{1,9})?"
_POINT = rf"\(\s*({_NUM})\s*,\s*({_NUM})\s*\)"
_LEAD = r"(?:(?:find|give|write|what is|what's|determine)\s+)?(?:the\s+|an\s+)?(?:equation\s+(?:of|for)\s+)?" \
        r"(?:the\s+|a\s+)?(?:straight\s+)?line\s+(?:that\s+)?(?:passes\s+|passing\s+|going\s+|goes\s+)?through\s+" \
        r"(?:the\s+points?\s+)?"
_SLOPE = rf"(?:with\s+(?:a\s+)?slope(?:\s+of)?|whose\s+slope\s+is|(?:and\s+)?(?:a\s+)?slope)\s+({_NUM})"
_END = r"\s*[?.]?$"
_KO_END = r"\s*(?:을|를|은|는)?\s*(?:구하시오|구하세요|구해줘|구해 주세요|은\?)?\s*[?.]?$"
_TWO_POINTS = [
    re.compile(rf"^{_LEAD}{_POINT}\s*(?:and|,)\s*{_POINT}{_END}", re.I),
    re.compile(rf"^두\s*점\s*{_POINT}\s*(?:,|와|과)\s*{_POINT}\s*(?:을|를)\s*지나는\s*직선의\s*방정식{_KO_END}"),
]
_POINT_SLOPE = [
    re.compile(rf"^{_LEAD}{_POINT},?\s*{_SLOPE}{_END}", re.I),
    re.compile(rf"^기울기가\s*({_NUM})\s*이고\s*점\s*{_POINT}\s*(?:을|를)\s*지나는\s*직선의\s*방정식{_KO_END}"),
]


def read_line_request(text: str) -> MathRequest | None:
    """The `line_through` request `text` asks for, or None when it is not one of these shapes."""
    plain = " ".join(text.split())
    for pattern in _TWO_POINTS:
        match = pattern.match(plain)
        if match:
            x1, y1, x2, y2 = match.groups()
            items = (f"({x1}, {y1})", f"({x2}, {y2})")
            return MathRequest(task="line_through", items=items, shown=items,
                               notes=("read as the line through two points",))
    for k, pattern in enumerate(_POINT_SLOPE):
        match = pattern.match(plain)
        if match:
            x1, y1, slope = match.groups() if k == 0 else (*match.groups()[1:], match.group(1))
            items = (f"({x1}, {y1})", slope)
            return MathRequest(task="line_through", items=items, shown=items,
                               notes=("read as the line through a point with a given slope",))
    return None


def line_equation(objects: list[Any], work: Work) -> Answer:
    """y = m(x - x₁) + y₁ through the given points (or point and slope), with the checks that it is that line."""
    import sympy as sp

    x = sp.Symbol("x")
    points = [o for o in objects if isinstance(o, tuple) and len(o) == 2]
    slopes = [o for o in objects if not isinstance(o, tuple)]
    if len(points) == 2 and not slopes:
        (x1, y1), (x2, y2) = points
        if exactly_zero(x2 - x1):
            if exactly_zero(y2 - y1):
                raise Abstain("the two points are the same point: many lines pass through it", "ambiguous")
            work.say(f"Both points have x = {display(x1)}: the line is vertical", role="key")
            work.verify(f"both given points satisfy x = {display(x1)}", all(exactly_zero(px - x1) for px, _ in points),
                        "exact")
            return Answer(f"x = {display(x1)}", f"x = {latex(x1)}", {"kind": "text", "text": f"x = {x1}"})
        slope = sp.nsimplify((y2 - y1) / (x2 - x1))
        work.equal("Slope m = (y2 - y1) / (x2 - x1)", (y2 - y1) / (x2 - x1), slope, role="main")
    elif len(points) == 1 and len(slopes) == 1:
        (x1, y1), = points
        slope = slopes[0]
    else:
        raise Abstain("a line needs two points, or a point and a slope", "not_understood")
    line = sp.expand(slope * (x - x1) + y1)
    work.equal("y = m(x - x1) + y1", slope * (x - x1) + y1, line, role="key")
    work.verify("every given point lies on the line", all(exactly_zero(line.subs(x, px) - py) for px, py in points),
                "exact")
    work.verify("the line's slope is m", exactly_zero(sp.diff(line, x) - slope), "exact")
    return Answer(f"y = {display(line)}", f"y = {latex(line)}",
                  {"kind": "expression", "expression": str(line), "equation": f"y = {line}"})
