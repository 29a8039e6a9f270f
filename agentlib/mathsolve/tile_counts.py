"""Square tiles for a rectangular floor or wall: "a 14 ft by 11 ft kitchen floor with 1 ft square tiles, how many
tiles", "how many 12 inch tiles for a 9 by 12 foot floor", "how many 30 cm square tiles do I need to cover a 3 m by
2.4 m bathroom floor".

The count is certain only when the tiles fit whole: each side of the floor, converted exactly into the tile's unit
(a foot is 12 inches, a metre 100 cm), is a whole number of tile sides, and the count is the product of the two.
Where they do not fit, the count depends on cutting and waste (a cut piece may or may not be used again), so the
request is not read. Side units: one for both sides ("a 9 by 12 foot floor") or one each; a floor with no unit is
not measured against a tile that has one.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Worded, plain_request
from agentlib.mathsolve.units import factor, unit

_NUM = r"(\d{1,5}(?:\.\d{1,4})?)"
_LENGTH = r"(feet|foot|ft|inches|inch|in|meters|meter|metres|metre|m|centimeters|centimetres|cm|millimeters|" \
          r"millimetres|mm|yards|yard|yd)"
_TILE = rf"{_NUM}[ -]?{_LENGTH}(?: (?:by|x|×) \1 ?\2?)? (?:square )?tiles?"
_SURFACE = r"(?:kitchen |bathroom |hall |hallway |laundry |shower |patio |room |bedroom )?" \
           r"(?:floor|wall|room|kitchen|bathroom|patio|hallway|hall|area|backsplash|space)"
_FLOOR = rf"(?:a |an |the |my |our )?{_NUM}(?: ?{_LENGTH})? (?:by|x|×) {_NUM}(?: ?{_LENGTH})? {_SURFACE}"
_HOW = r"how many(?: tiles)?(?: do i need| do we need| will i need| are needed| needed| will it take| does it take)?"
_SHAPES = [
    (re.compile(rf"how many {_TILE}(?: do i need| do we need| will i need| are needed| needed)? "
                rf"(?:for|to cover|to tile|on|in) {_FLOOR}"), ("tile", "tile_unit", "a", "ua", "b", "ub")),
    (re.compile(rf"{_FLOOR} (?:with|using|in) {_TILE}[,.;]? {_HOW}"), ("a", "ua", "b", "ub", "tile", "tile_unit")),
    (re.compile(rf"{_FLOOR}[,.;]? {_HOW}[ ]?(?:of )?{_TILE}"), ("a", "ua", "b", "ub", "tile", "tile_unit")),
]


def read_tile_count(text: str) -> Worded | None:
    """The number of whole square tiles `text` asks for, or None when it is not this request or they do not fit."""
    plain = plain_request(text).replace("’", "'").replace("-inch", " inch").replace("-foot", " foot")
    for pattern, names in _SHAPES:
        match = pattern.fullmatch(plain)
        if match is not None:
            groups = [g for g in match.groups()]
            return _count(dict(zip(names, groups[:len(names)])))
    return None


def _count(parts: dict[str, str | None]) -> Worded | None:
    tile_unit = unit(parts["tile_unit"] or "")
    units = {unit(u) for u in (parts["ua"], parts["ub"]) if u}
    if tile_unit is None or len(units) != 1 or None in units:
        return None  # a floor with no unit, or sides in two units
    floor_unit = units.pop()
    ratio = Fraction(1) if floor_unit == tile_unit else factor(floor_unit or "", tile_unit)
    tile = Fraction(parts["tile"] or "0")
    if ratio is None or tile == 0:
        return None
    across, along = (Fraction(parts[s] or "0") * ratio / tile for s in ("a", "b"))
    if across.denominator != 1 or along.denominator != 1 or across == 0 or along == 0:
        return None  # tiles that do not fit whole: cutting and waste decide the count
    return Worded(f"({across})*({along})", f"{across} tiles across × {along} along: each side is a whole number of "
                  f"{tile} {tile_unit} tiles")


__all__ = ["read_tile_count"]
