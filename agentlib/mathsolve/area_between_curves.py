"""The area between two graphs: "area between y=x and y=x^2", "the area enclosed by y = x^2 and y = 4", "area
between y = x and y = x^2 from 0 to 2", "area between f(x) = x^2 and g(x) = 2x on [0, 3]".

The area between y = f and y = g is the area between the graph of f - g and the x-axis, so the request is read as
`area_to_axis` of f - g: with no bounds, the region the two graphs close off, from their first crossing to their
last; with bounds ("from a to b", "on [a, b]", "between x = a and x = b"), ∫ |f - g| over [a, b], split where the
graphs cross so no part cancels another. The worker finds the crossings and checks the sum by quadrature. Both
graphs must be functions of the same one variable written "y = ..." or "f(x) = ..."; anything else is left to the
other readers.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.request import MathRequest
from agentlib.tools.notation import NotationError, to_plain

_GRAPH = r"(?:y|[a-z]\s*\(\s*x\s*\))\s*=\s*"
_BOUND = r"[-−]?(?:\d+(?:\.\d+)?\s*\*?\s*(?:pi|π)?|pi|π)(?:\s*/\s*\d+)?"
# a graph's formula: no "=" and none of the words that open the bounds or the second graph
_FORMULA = r"(?:(?!\bfrom\b|\bon\b|\bbetween\b|\band\b)[^=])+?"
_ASKED = re.compile(
    rf"^(?:find |what is |what's |compute |calculate |determine )?(?:the )?area (?:of the region )?"
    rf"(?:between|enclosed by|bounded by|enclosed between) (?:the (?:curves|graphs|lines) )?"
    rf"{_GRAPH}(?P<f>{_FORMULA}),? and {_GRAPH}(?P<g>{_FORMULA})"
    rf"(?:,? (?:from (?:x\s*=\s*)?(?P<a>{_BOUND}) to (?:x\s*=\s*)?(?P<b>{_BOUND})|on \[\s*(?P<a2>{_BOUND})\s*,\s*"
    rf"(?P<b2>{_BOUND})\s*\]|between x\s*=\s*(?P<a3>{_BOUND}) and x\s*=\s*(?P<b3>{_BOUND})))?\s*[.?]?$", re.I)


def read_area_between_curves(text: str) -> MathRequest | None:
    """The `area_to_axis` request of f - g that `text` makes, or None when it is not an area between two graphs."""
    match = _ASKED.match(" ".join(text.strip().split()))
    if match is None:
        return None
    f, g = match.group("f").strip().strip("$"), match.group("g").strip().strip("$")
    lower = match.group("a") or match.group("a2") or match.group("a3")
    upper = match.group("b") or match.group("b2") or match.group("b3")
    try:
        difference = f"({to_plain(f)}) - ({to_plain(g)})"
        bounds = (to_plain(lower), to_plain(upper)) if lower is not None and upper is not None else (None, None)
    except NotationError:
        return None
    span = f"from {lower} to {upper}" if lower is not None else "from their first crossing to their last"
    return MathRequest("area_to_axis", (difference,), shown=(f"{f} - ({g})",), lower=bounds[0], upper=bounds[1],
                       notes=(f"the area between y = {f} and y = {g}: ∫ |f - g| dx {span}",))


__all__ = ["read_area_between_curves"]
