"""A shape told first and its measure asked after: "a rectangle is 8 cm by 5 cm, what's its area", "a triangle has
base 10 and height 6. find its area", "a circle has a radius of 4, what is the circumference", written as the
question the shape readers know ("area of a rectangle 8 cm by 5 cm", "area of a triangle with base 10 and height 6").

Only a whole request of that shape is rewritten: one shape noun, its measurements ("is" / "measures" before sizes,
"has" / "with" before named ones) and one question for "its" (or "the") area, perimeter, volume, circumference or
surface area, nothing after. The measurements are passed on as written, so the shape readers still decide whether
they name every slot of the formula; a story of two shapes, or a question about something else, stays as written.
"""

from __future__ import annotations

import re

_SHAPES = (r"rectangle|square|triangle|right triangle|circle|cube|cuboid|box|rectangular box|rectangular prism|"
           r"cylinder|cone|sphere|ball|trapezoid|trapezium|parallelogram|rhombus|semicircle|hemisphere|"
           r"equilateral triangle|regular hexagon|regular pentagon|regular octagon")
_QUANTITIES = r"area|perimeter|volume|circumference|surface area|total surface area|hypotenuse|diagonal"
_STORY = re.compile(
    rf"\s*(?:(?:if|say) )?(?:a|an|the|my|one) (?P<shape>{_SHAPES}) (?P<verb>is|measures|has|with|that is|that has)"
    r" (?P<measures>[^?!;\n]{1,160}?)[,.;]? (?:so |then )?(?:what(?:'s| is) |find |calculate |compute |work out |"
    rf"how big is |how long is |get )?(?:its|the) (?P<quantity>{_QUANTITIES})(?: of it)?\s*[?.!]?\s*",
    re.IGNORECASE)


def spell_shape_story(text: str) -> str:
    """`text` as "<quantity> of a <shape> [with] <measures>" when it tells a shape then asks its measure."""
    match = _STORY.fullmatch(text)
    if match is None or re.search(rf"\b(?:{_SHAPES})\b", match["measures"], re.IGNORECASE):
        return text
    named = match["verb"].lower() in ("has", "with", "that has")
    measures = match["measures"].strip()
    if named and measures.lower().startswith(("a ", "an ")):  # "has a radius of 4": the radius is 4
        measures = measures.split(" ", 1)[1]
    return f"{match['quantity']} of a {match['shape']} {'with ' if named else ''}{measures}"


__all__ = ["spell_shape_story"]
