"""Paint (or seed, or varnish) by the area one measure covers: "a litre of paint covers 12 m^2, how many litres for
46 m^2", "walls total 46 m^2 and a litre of paint covers 12 m^2, how many 1 litre tins do I need", "a gallon covers
350 square feet, how many gallons to paint 1400 square feet", "a can of paint covers 40 m², how many cans for 95 m²".

The amount is area / coverage, exact, in the covering measure (2.5 gallons may be bought as such). Whole
containers are counted (rounded up) only where the request counts them: "how many cans / tins / buckets", or
"how many 2.5 litre tins" of a paint whose coverage is per litre (area / (coverage × 2.5), rounded up). The two areas
must be in one unit (m², ft², yd²) and the asked measure must be the covering one or a container of it; anything
else (a coat count, a second coverage, areas in two units) is not read.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Worded, plain_request, priced

_NUM = r"(\d{1,6}(?:\.\d{1,4})?)"
_AREA_UNITS = {"m^2": "m²", "m²": "m²", "m2": "m²", "sq m": "m²", "square meters": "m²", "square metres": "m²",
               "square meter": "m²", "square metre": "m²", "sqm": "m²",
               "ft^2": "ft²", "ft²": "ft²", "ft2": "ft²", "sq ft": "ft²", "square feet": "ft²", "square foot": "ft²",
               "sqft": "ft²", "yd^2": "yd²", "yd²": "yd²", "sq yd": "yd²", "square yards": "yd²"}
_AREA = "(" + "|".join(re.escape(u) for u in sorted(_AREA_UNITS, key=len, reverse=True)) + ")"
_MEASURES = {"litre": "litre", "liter": "litre", "l": "litre", "litres": "litre", "liters": "litre",
             "gallon": "gallon", "gallons": "gallon", "gal": "gallon", "quart": "quart", "quarts": "quart"}
_CONTAINERS = {"can": "can", "cans": "can", "tin": "tin", "tins": "tin", "bucket": "bucket", "buckets": "bucket",
               "pot": "pot", "pots": "pot", "bag": "bag", "bags": "bag", "box": "box", "boxes": "box"}
_COVERER = r"(?:a|one|1|each|every|per) (litre|liter|l|gallon|gal|quart|can|tin|bucket|pot|bag|box)" \
           r"(?: of (?:paint|primer|varnish|stain|seed|grass seed|fertili[sz]er|sealant))?"
_COVERS = rf"{_COVERER} (?:covers|will cover|does|paints) {_NUM} ?{_AREA}"
_WALLS = rf"(?:the |my |our )?(?:walls?|area|surface|surfaces|ceiling|fence|room|rooms|floor|deck|lawn) " \
         rf"(?:totals?|is|are|measures?|comes? to|add up to|of) {_NUM} ?{_AREA}"
_ASKED = r"how many (?:(\d{1,4}(?:\.\d{1,2})?)[ -]?(litre|liter|l|gallon|gal|quart) )?([a-z]+)" \
         r"(?: of paint)?(?: do i need| do we need| will i need| are needed| needed| to buy| should i buy)?"
_FOR = rf"(?:for|to cover|to paint|to do) {_NUM} ?{_AREA}"
_SHAPES = [
    (re.compile(rf"{_COVERS}[,.;]? {_ASKED} {_FOR}(?: of walls?)?"), ("coverer", "covered", "unit", "size",
                                                                     "size_unit", "asked", "area", "area_unit")),
    (re.compile(rf"{_WALLS}(?:,| and|;|\.) {_COVERS}[,.;]? {_ASKED}"), ("area", "area_unit", "coverer", "covered",
                                                                        "unit", "size", "size_unit", "asked")),
    (re.compile(rf"{_COVERS}[,.;]? (?:and )?{_WALLS}[,.;]? {_ASKED}"), ("coverer", "covered", "unit", "area",
                                                                       "area_unit", "size", "size_unit", "asked")),
]


def read_paint_coverage(text: str) -> Worded | None:
    """The measures (or whole containers) of paint `text` asks for, or None when it is not this request."""
    plain = plain_request(text).replace("’", "'")
    for pattern, names in _SHAPES:
        match = pattern.fullmatch(plain)
        if match is not None:
            return _amount(dict(zip(names, match.groups())))
    return None


def _amount(parts: dict[str, str | None]) -> Worded | None:
    coverer, asked = parts["coverer"] or "", parts["asked"] or ""
    covered, area = Fraction(parts["covered"] or "0"), Fraction(parts["area"] or "0")
    if _AREA_UNITS[parts["unit"] or ""] != _AREA_UNITS[parts["area_unit"] or ""] or covered == 0:
        return None
    measure, container = _MEASURES.get(coverer), _CONTAINERS.get(coverer)
    if parts["size"] is not None:  # "how many 2.5 litre tins": whole containers of the covering measure
        size = Fraction(parts["size"])
        if measure is None or _MEASURES.get(parts["size_unit"] or "") != measure or asked not in _CONTAINERS \
                or size == 0:
            return None
        return Worded(f"ceiling(({area})/(({covered})*({size})))",
                      f"{asked} = area / (coverage per {measure} × {size} {measure}s), rounded up to whole {asked}")
    if measure is not None and _MEASURES.get(asked) == measure:
        return priced(Worded(f"({area})/({covered})", f"{measure}s = area / coverage per {measure}"), area / covered)
    if container is not None and _CONTAINERS.get(asked) == container:
        return Worded(f"ceiling(({area})/({covered}))",
                      f"{asked} = area / coverage per {container}, rounded up to whole {asked}")
    return None


__all__ = ["read_paint_coverage"]
