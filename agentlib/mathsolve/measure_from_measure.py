"""One measure of a circle or a cube from another: "the circumference of a circle is 31.4; find its radius", "a
circle has an area of 100 cm². what is its radius?", "a cube has volume 27. what is its surface area?" (a square's
measures are `square_measures.py`'s).

Each figure has one size (a circle's radius, a cube's edge); the measure given fixes it (radius = diameter / 2,
circumference / 2π, √(area / π); edge = ∛volume, √(surface / 6), diagonal / √3) and the measure asked is that size's
formula. The result is an `evaluate` request, computed exactly
and checked like any other arithmetic; the note says which formulas were used. Exactly one measure is given and a
different one asked, each named by its word; a number with a unit is read without the unit (the answer is in the
same unit, or its square for an area), and a unit must be of the measure's kind ("area 100 cm" is not read).
Left out: rectangles and triangles (one measure does not fix them).
"""

from __future__ import annotations

import re

from agentlib.mathsolve.everyday_formulas import NUMBER, Worded, plain_request

# measure word -> (figure, the size in terms of the given value g, the measure in terms of the size s)
_CIRCLE = {"radius": ("{g}", "{s}"), "diameter": ("{g}/2", "2*{s}"), "circumference": ("{g}/(2*pi)", "2*pi*{s}"),
           "area": ("sqrt({g}/pi)", "pi*({s})**2")}
_CUBE = {"side": ("{g}", "{s}"), "volume": ("({g})**(1/3)", "({s})**3"), "surface area": ("sqrt({g}/6)", "6*({s})**2"),
         "diagonal": ("{g}/sqrt(3)", "{s}*sqrt(3)")}
_FIGURES = {"circle": _CIRCLE, "cube": _CUBE}
_SYNONYMS = {"side length": "side", "length of a side": "side", "length of each side": "side", "edge": "side",
             "edge length": "side", "length of its side": "side", "length of each edge": "side",
             "surface": "surface area", "total surface area": "surface area", "radius length": "radius"}
_MEASURE = (r"(?:surface area|total surface area|side length|length of (?:a|each|its) (?:side|edge)|edge length|"
            r"side|edge|area|perimeter|diagonal|radius|diameter|circumference|volume)")
_UNIT = (r"(?:\s?(?P<unit>(?:square |sq\.? |cubic )?(?:cm|mm|m|km|in|ft|inches|feet|meters|metres|units|yards|yd)"
         r"(?:\^?[23]|²|³)?))?")
_N = NUMBER + _UNIT
_FIG = r"(?P<figure>circle|cube)"
_ASK = r"(?:what(?: is|'s)|find|calculate|compute|determine|how (?:long|big|large) is|give me|tell me)"
_SHAPES = [
    # "a square has (an) area (of) 49, what is its perimeter"; "a circle with radius 3: find its area"
    re.compile(rf"(?:an? |the )?{_FIG} (?:has|with|of|whose|having) (?:an? |the )?(?P<given>{_MEASURE})"
               rf"(?: of| is| =| equal to| that is| measuring)? {_N}[,.;:]? (?:so |then )?{_ASK} (?:its|the) "
               rf"(?P<asked>{_MEASURE})(?: of the (?P=figure))?"),
    # "the area of a square is 64. find its side"
    re.compile(rf"(?:the )?(?P<given>{_MEASURE}) of (?:an? |the )?{_FIG} is {_N}[,.;:]? (?:so |then )?{_ASK} "
               rf"(?:its|the) (?P<asked>{_MEASURE})(?: of the (?P=figure))?"),
    # "the side of a square with area 64", "perimeter of a square whose area is 49"
    re.compile(rf"(?:the )?(?P<asked>{_MEASURE}) of (?:an? |the )?{_FIG} (?:with|whose|that has|having|of) "
               rf"(?:an? |the )?(?P<given>{_MEASURE})(?: of| is| =| equal to)? {_N}"),
]


def read_measure_from_measure(text: str) -> Worded | None:
    """The asked measure as a formula in the given one, or None when `text` is not this request."""
    plain = plain_request(text).replace("’", "'")
    if len(plain) > 200:
        return None
    for pattern in _SHAPES:
        match = pattern.fullmatch(plain)
        if match is None:
            continue
        table = _FIGURES[match["figure"]]
        given = _SYNONYMS.get(match["given"], match["given"])
        asked = _SYNONYMS.get(match["asked"], match["asked"])
        value = next((g for g in match.groups() if g is not None and g[:1].isdigit()), None)
        if given == asked or given not in table or asked not in table or value is None or len(value) > 30:
            return None
        if not _unit_fits(match["unit"], given):
            return None  # "an area of 100 cm": a length where an area was named
        value = value.replace(",", "")
        size, _ = table[given]
        _, measure = table[asked]
        formula = measure.format(s=f"({size.format(g=f'({value})')})")
        figure = match["figure"]
        unit = "edge" if figure == "cube" else "radius" if figure == "circle" else "side"
        note = f"the {figure}'s {unit} from its {given} ({unit} = {size.format(g=given)}), then its {asked} " \
               f"({asked} = {measure.format(s=unit)})"
        return Worded(formula, note, approximate="sqrt" in formula or "pi" in formula or "**(1/3)" in formula)
    return None


def _unit_fits(unit: str | None, measure: str) -> bool:
    """Whether a unit said after the given value is of the measure's kind (none said fits any)."""
    if unit is None:
        return True
    power = 2 if re.search(r"square |sq\.? |\^?2$|²$", unit) else 3 if re.search(r"cubic |\^?3$|³$", unit) else 1
    return power == {"area": 2, "surface area": 2, "volume": 3}.get(measure, 1)


__all__ = ["read_measure_from_measure"]
