"""A square known by one measure and asked another: "a square has area 49, what is its perimeter", "the area of a
square is 64 square cm. find its perimeter", "perimeter of a square whose area is 81 m²", "side of a square with a
diagonal of 10", "a square garden has an area of 144 square feet, what is its perimeter".

A square is fixed by any one of its side s, perimeter P = 4s, area A = s² or diagonal d = s√2, so the one given
measure gives the side (P/4, √A, d/√2) and the side gives the measure asked, exactly. The given measure is named
("area", "perimeter", "diagonal", "side"), never guessed from its number, and a unit after it must be of its kind
(an area in square units, the others in lengths), so "a square has area 49 cm" is not read. The units are dropped:
the answer is in the given unit's length (or its square). The result is an `evaluate` request.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.everyday_formulas import MOST_DIGITS, Worded, plain_request

_NUMBER = r"(?P<value>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_LENGTH = r"(?:mm|cm|m|km|in|ft|yd|inches|inch|feet|foot|yards|meters|metres|units|millimeters|centimeters)"
_AREA_UNIT = rf"(?:(?:square|sq\.?) {_LENGTH}|{_LENGTH}(?:²|\^2|2))"
_MEASURE = r"side length|length of (?:a|each|one) side|side|perimeter|area|diagonal"
_KIND = {"side length": "side", "length of a side": "side", "length of each side": "side",
         "length of one side": "side"}
# a square thing people measure: "a square garden has an area of 144 square feet"
_SQUARE = (r"square(?: (?:garden|room|field|plot|lot|yard|patio|tile|table|park|floor|rug|carpet|sheet|board|pen|"
           r"courtyard|playground|window|picture|frame|box lid|piece of land))?")
_ASK = (r"(?:so |then )?(?:what(?:'s| is) |find |calculate |compute |work out |determine |get |how long is |"
        r"how big is )?(?:its|the|the square's) ")
_VALUE = rf"{_NUMBER}(?: ?(?P<unit>{_AREA_UNIT}|{_LENGTH}))?"
_GIVEN = rf"(?P<given>{_MEASURE})(?: is| of| =| equal to|:)? {_VALUE}"
_SHAPES = (
    # "perimeter of a square whose area is 81 m²", "side of a square with a diagonal of 10"
    re.compile(rf"(?:the )?(?P<asked>{_MEASURE}) of (?:an? |the )?{_SQUARE} (?:with|whose|having|that has|of) "
               rf"(?:an? |its )?{_GIVEN}"),
    # "the area of a square is 64 square cm. find its perimeter"
    re.compile(rf"(?:the )?(?P<given>{_MEASURE}) of (?:an? |the )?{_SQUARE} is {_VALUE}[,.;]? "
               rf"{_ASK}(?P<asked>{_MEASURE})"),
    # "a square has a perimeter of 36 cm, how long is its side"
    re.compile(rf"(?:if )?(?:an? |the |my |our )?{_SQUARE} has (?:an? )?{_GIVEN}[,.;]? {_ASK}(?P<asked>{_MEASURE})"),
)
_SIDE_FROM = {"side": "({})", "perimeter": "({})/4", "area": "sqrt({})", "diagonal": "({})/sqrt(2)"}
_FROM_SIDE = {"side": "{}", "perimeter": "4*{}", "area": "({})**2", "diagonal": "{}*sqrt(2)"}
_FORMULAS = {"side": "side", "perimeter": "perimeter = 4 × side", "area": "area = side²",
             "diagonal": "diagonal = side × √2"}


def read_square_measure(text: str) -> Worded | None:
    """The measure of a square `text` asks from the one it gives, or None when it is not such a request."""
    plain = plain_request(text).replace("?", "").strip()
    for shape in _SHAPES:
        match = shape.fullmatch(plain)
        if match is not None:
            break
    else:
        return None
    given = _KIND.get(match["given"], match["given"])
    asked = _KIND.get(match["asked"], match["asked"])
    unit = match["unit"]
    if given == asked or len(match["value"]) > MOST_DIGITS:
        return None
    if unit is not None and (re.fullmatch(_AREA_UNIT, unit) is not None) != (given == "area"):
        return None  # "area 49 cm" or "perimeter 36 cm²": the unit is not of the measure's kind
    side = _SIDE_FROM[given].format(match["value"].replace(",", ""))
    return Worded(_FROM_SIDE[asked].format(side),
                  f"a square's side from its {given} ({_FORMULAS[given]}), then its {_FORMULAS[asked]}")


__all__ = ["read_square_measure"]
