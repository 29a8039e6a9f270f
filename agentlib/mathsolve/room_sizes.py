"""Rooms, walls and boxes given as "A by B (by C)": "how many square feet is a 12 by 15 room", "area of a 10 ft by
12 ft wall", "volume of a box 2 ft by 3 ft by 4 ft", "perimeter of a 12 by 15 room", "diagonal of a 12 by 16
rectangle", "how many square yards is a 12 ft by 15 ft floor".

A flat thing (room, wall, floor, rug, ...) of sides A and B has area A·B, perimeter 2(A + B) and diagonal
√(A² + B²); a solid one (box, tank, room with three sides) of sides A, B, C has volume A·B·C. The sides must all
carry one length unit or none; a square or cubic unit asked for converts them by the exact definition (a foot is
0.3048 m), squared or cubed. Two different side units ("10 ft by 6 in"), a noun that is not a room or a box, or a
measure the number of sides does not fit (a volume of two sides) is not read. The result is an `evaluate` request,
computed exactly and checked like any other arithmetic; a non-terminating result shows its decimal beside it.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import NUMBER, Builder, Worded, plain_request, priced
from agentlib.mathsolve.units import factor, unit

_FLAT = (r"(?:room|bedroom|kitchen|living room|bathroom|office|garage|wall|floor|ceiling|rug|carpet|mat|yard|"
         r"backyard|garden|lawn|patio|deck|driveway|lot|plot|field|board|sheet|panel|window|door|tile|"
         r"rectangle|rectangular area|space|area|slab)")
_SOLID = r"(?:box|tank|room|container|crate|bin|chest|pool|trench|hole|cube|block|planter|bed|shed|cabinet|fridge)"
_LENGTH = r"(?:feet|foot|ft|inches|inch|in|meters|meter|metres|metre|m|centimeters|centimetres|cm|yards|yard|yd)"
_SIDE = rf"{NUMBER}(?: ?({_LENGTH}))?"
_BY = r" ?(?:by|x|×) ?"
_A = r"(?:an? |the |my |our )?"
_SQUARE = r"(?:square|sq\.?) ?(feet|foot|ft|meters|metres|m|yards|yd|inches|in|centimeters|centimetres|cm)"
_CUBIC = r"(?:cubic|cu\.?) ?(feet|foot|ft|meters|metres|m|yards|yd|inches|in|centimeters|centimetres|cm)"
_HOW = r"how many"
_IS = r"(?: (?:is|are) (?:there )?in| is| are| in| does| do)"


Sides = list[tuple[str, Fraction]]  # each side as a formula in the answer's unit, and its exact value


def _in_unit(sides: list[tuple[str, str | None]], asked: str | None, assumed: bool = False) -> Sides | None:
    """The sides in the asked unit (else their own), or None when two sides name different units ("10 ft by 6
    in"). A side with no unit takes the one the others name ("a 10 by 12 ft floor"); sides with none are in the
    asked unit only when the question is put in it (`assumed`: "how many square feet is a 12 by 15 room")."""
    named = {unit(word) for _, word in sides if word}
    if len(named) > 1 or None in named:
        return None
    if asked is not None and not named and not assumed:
        return None  # "a 12 by 15 room in square meters": measured in metres, or in feet and converted?
    own = named.pop() if named else None
    ratio = Fraction(1) if own is None or asked is None or unit(asked) == own else factor(own, asked)
    if ratio is None:
        return None
    if ratio == 1:
        return [(f"({value})", Fraction(value)) for value, _ in sides]
    return [(f"({value})*({ratio})", Fraction(value) * ratio) for value, _ in sides]


def _measured(formula: str, note: str, value: Fraction) -> Worded:
    """Shown as a decimal when it terminates, else exact with its decimal beside it (a measurement is read so)."""
    shown = priced(Worded(formula, note), value)
    return shown if shown.decimal or value.denominator == 1 else Worded(formula, note, approximate=True)


def _area(a: str, ua: str | None, b: str, ub: str | None, asked: str | None = None, assumed: bool = False
          ) -> Worded | None:
    sides = _in_unit([(a, ua), (b, ub)], asked, assumed)
    if sides is None:
        return None
    (x, p), (y, q) = sides
    return _measured(f"{x}*{y}", "area of a rectangle = length × width", p * q)


def _perimeter(a: str, ua: str | None, b: str, ub: str | None, asked: str | None = None) -> Worded | None:
    sides = _in_unit([(a, ua), (b, ub)], asked)
    if sides is None:
        return None
    (x, p), (y, q) = sides
    return _measured(f"2*({x} + {y})", "perimeter of a rectangle = 2 (length + width)", 2 * (p + q))


def _diagonal(a: str, ua: str | None, b: str, ub: str | None) -> Worded | None:
    sides = _in_unit([(a, ua), (b, ub)], None)
    if sides is None:
        return None
    (x, _), (y, _) = sides
    return Worded(f"sqrt({x}**2 + {y}**2)", "diagonal of a rectangle = √(length² + width²) (Pythagoras)")


def _volume(a: str, ua: str | None, b: str, ub: str | None, c: str, uc: str | None, asked: str | None = None,
            assumed: bool = False) -> Worded | None:
    sides = _in_unit([(a, ua), (b, ub), (c, uc)], asked, assumed)
    if sides is None:
        return None
    (x, p), (y, q), (z, r) = sides
    return _measured(f"{x}*{y}*{z}", "volume of a box = length × width × height", p * q * r)


_TWO = rf"{_SIDE}{_BY}{_SIDE}"
_THREE = rf"{_SIDE}{_BY}{_SIDE}{_BY}{_SIDE}"
_SHAPES: list[tuple[re.Pattern[str], Builder]] = [
    # "how many square feet is a 12 by 15 room", "how many sq ft in a 10x12 ft floor"
    (re.compile(rf"{_HOW} {_SQUARE}{_IS} {_A}{_TWO}(?: {_FLAT})?"),
     lambda asked, a, ua, b, ub: _area(a, ua, b, ub, asked, assumed=True)),
    (re.compile(rf"(?:the )?(?:area|square footage|floor area|size) of {_A}{_TWO} {_FLAT}(?: in {_SQUARE})?"),
     _area),
    (re.compile(rf"(?:the )?(?:area|square footage|floor area) of {_A}{_FLAT} {_TWO}(?: in {_SQUARE})?"), _area),
    (re.compile(rf"(?:the )?perimeter of {_A}{_TWO} {_FLAT}(?: in ({_LENGTH}))?"), _perimeter),
    (re.compile(rf"(?:the )?perimeter of {_A}{_FLAT} {_TWO}(?: in ({_LENGTH}))?"), _perimeter),
    (re.compile(rf"(?:the )?(?:length of the )?diagonal of {_A}{_TWO} {_FLAT}"), _diagonal),
    (re.compile(rf"(?:the )?(?:length of the )?diagonal of {_A}{_FLAT} {_TWO}"), _diagonal),
    # "volume of a box 2 ft by 3 ft by 4 ft", "how many cubic feet in a 3 by 4 by 5 box"
    (re.compile(rf"(?:the )?volume of {_A}{_SOLID} {_THREE}(?: in {_CUBIC})?"), _volume),
    (re.compile(rf"(?:the )?volume of {_A}{_THREE} {_SOLID}(?: in {_CUBIC})?"), _volume),
    (re.compile(rf"{_HOW} {_CUBIC}{_IS} {_A}{_THREE}(?: {_SOLID})?"),
     lambda asked, a, ua, b, ub, c, uc: _volume(a, ua, b, ub, c, uc, asked, assumed=True)),
    (re.compile(rf"{_HOW} {_CUBIC}{_IS} {_A}{_SOLID} {_THREE}"),
     lambda asked, a, ua, b, ub, c, uc: _volume(a, ua, b, ub, c, uc, asked, assumed=True)),
]


def read_room_size(text: str) -> Worded | None:
    """The area, perimeter, diagonal or volume `text` asks of sides "A by B (by C)", or None when it is not one."""
    plain = plain_request(text)
    for pattern, builder in _SHAPES:
        match = pattern.fullmatch(plain)
        if match:
            groups = [g.replace(",", "").replace("$", "").strip() if g else None for g in match.groups()]
            return builder(*groups)
    return None
