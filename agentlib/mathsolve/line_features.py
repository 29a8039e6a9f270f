"""The slope and intercepts of a straight line given by its equation: "slope of y = 3x - 2", "the y-intercept of
2x + 3y = 6", "y = 2x + 3의 기울기는?", "일차함수 y = -x + 4의 y절편", "x절편".

The equation must be a line in x and y (a·x + b·y = c, no other letters, no powers): the slope is -a/b, the
y-intercept c/b and the x-intercept c/a, each a number (the value where the line crosses the axis, as textbooks
ask for it). A vertical line has no slope and no y-intercept, a horizontal one no x-intercept: those abstain with
the reason, as does an equation that is not a line. The computation runs in the worker (`compute.py`), which checks
the answer on two points of the line.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.request import MathRequest
from agentlib.tools.notation import NotationError, to_plain

_FEATURES = {"slope": "slope", "gradient": "slope", "y-intercept": "y_intercept", "y intercept": "y_intercept",
             "x-intercept": "x_intercept", "x intercept": "x_intercept", "기울기": "slope", "y절편": "y_intercept",
             "y 절편": "y_intercept", "x절편": "x_intercept", "x 절편": "x_intercept"}
_ENGLISH = re.compile(r"^(?:what(?: is|'s)|find|calculate|determine|give me)?\s*(?:the )?(?P<feature>slope|gradient|"
                      r"[xy][- ]intercept) of (?:the )?(?:straight )?(?:line |graph of |graph |function )?"
                      r"(?P<equation>[^?]{1,200}?)\s*\??$", re.I)
_KOREAN = re.compile(r"^(?:직선 |일차함수 |함수 |일차함수의 그래프 )?(?P<equation>[^?]{1,200}?)\s?(?:의 그래프)?의 "
                     r"(?P<feature>기울기|[xy] ?절편)(?:은|는|을|를)? ?"
                     r"(?:구하시오|구하세요|구해줘|얼마인가요|얼마|무엇인가요|뭐야)?\s*\??$")
_EQUATION = re.compile(r"^[-+*/^()0-9.\sxy=]+$")  # only numbers, x, y and operators: a line or nothing


def read_line_feature(text: str) -> MathRequest | None:
    """The slope or intercept request `text` makes, or None when it is not one."""
    plain = " ".join(text.split())
    match = _ENGLISH.match(plain) or _KOREAN.match(plain)
    if match is None:
        return None
    equation = match.group("equation").strip().rstrip(".").strip().strip("$").strip()  # "$3x + 4y = 12$."
    if equation.count("=") != 1 or not _EQUATION.match(equation) or "y" not in equation or "x" not in equation:
        return None
    try:
        formula = to_plain(equation)
    except NotationError:
        return None
    feature = _FEATURES[match.group("feature").lower()]
    return MathRequest(task="line_feature", items=(formula,), shown=(equation,), measures=(feature,),
                       notes=(f"read as the {feature.replace('_', '-')} of the line {equation}",))
