"""The slope of a curve at a point, said without "the tangent": "whats the slope of y = x^3 - 2x at x = 2", "slope of
f(x) = x^2 + 1 at x = 3", "find the slope of the curve y = sin x at x = 0", written as the tangent's slope the
readers know ("slope of the tangent to ... at x = 2": the derivative there).

"The slope of" two points or a line through them is the slope task's own and stays as written: a curve with a
point "(a, b)", "between", "through", "and", "line" or "tangent" in it is not rewritten, and neither is a slope with
no point "at x = a" (a line's slope, "slope of y = 2x + 3", is read as before).
"""

from __future__ import annotations

import re

_SLOPE = re.compile(
    r"\bslope of (?P<curve>(?:(?!\b(?:tangent|line|lines|between|through|and|points?|secant|chord)\b)[^,;?(\n]|"
    r"\((?![^()]{0,40},)[^()]{0,40}\)){1,200}?) at (?P<point>[a-z] ?= ?-?\d+(?:\.\d+)?)(?![\d.])",
    re.IGNORECASE)


def spell_slope_at_point(text: str) -> str:
    """`text` with "slope of <curve> at x = a" written "slope of the tangent to <curve> at x = a"."""
    return _SLOPE.sub(lambda m: f"slope of the tangent to {m.group('curve').strip()} at {m.group('point')}", text)


__all__ = ["spell_slope_at_point"]
