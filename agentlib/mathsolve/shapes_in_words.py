"""Areas and volumes named by their measurements in words: "area of a triangle with base 12 and height 7",
"밑변 6cm, 높이 4cm인 평행사변형의 넓이", "정사각형의 한 변이 12m일 때 둘레",
"volume of a cone with radius 3 and height 8", "가로 4m, 세로 3m, 높이 2m인 직육면체의 부피",
"윗변 4, 아랫변 10, 높이 6인 사다리꼴의 넓이", "半径3の球の体積".

Each measurement is named ("base", "height", "radius"), so the formula's slots are filled by name, never by the
order of the numbers: ½ b h, b h, ½ (a + b) h, l w h, π r² h, ⅓ π r² h, 4/3 π r³, 4 π r². The result is an `evaluate`
request, computed exactly and checked like any other arithmetic. Measurements in different units ("가로 4m, 세로
30cm") are not read: the formulas multiply the numbers as written.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.everyday_formulas import NUMBER, Builder, Worded, read_shapes
from agentlib.mathsolve.polygons import read_polygon
from agentlib.mathsolve.square_measures import read_square_measure

_U = r"(?:\s?(?:cm|mm|m|km|in|ft|inches|feet|meters|metres|units))?"  # a length unit, read and dropped
_V = NUMBER + _U
_A = r"(?:an?\s+|the\s+)?"
_WITH = r"(?:with|of|having|whose|that has)"
_AND = r"(?:,? and |, )"
# Chat drops the particles: "가로 8cm 세로 5cm인 직사각형 넓이" is "가로 8cm이고 세로 5cm인 직사각형의 넓이".
_KO_AND = r"\s?(?:이고|,)? ?"
_KO_ASK = r"(?:를|은|는|을)? ?(?:구하시오|구하세요|구해줘|얼마인가요|얼마야|얼마)?"


def _triangle(base: str, height: str) -> Worded:
    return Worded(f"({base})*({height})/2", "area of a triangle = ½ × base × height")


def _parallelogram(base: str, height: str) -> Worded:
    return Worded(f"({base})*({height})", "area of a parallelogram = base × height")


def _trapezoid(top: str, bottom: str, height: str) -> Worded:
    return Worded(f"(({top}) + ({bottom}))*({height})/2", "area of a trapezoid = ½ × (a + b) × height")


def _cylinder(radius: str, height: str) -> Worded:
    return Worded(f"pi*({radius})**2*({height})", "volume of a cylinder = π r² h")


def _cone(radius: str, height: str) -> Worded:
    return Worded(f"pi*({radius})**2*({height})/3", "volume of a cone = ⅓ π r² h")


def _ball(radius: str) -> Worded:
    return Worded(f"4*pi*({radius})**3/3", "volume of a sphere = 4/3 π r³")


def _ball_surface(radius: str) -> Worded:
    return Worded(f"4*pi*({radius})**2", "surface area of a sphere = 4 π r²")


def _square(measure: str, side: str) -> Worded:
    if measure == "area":
        return Worded(f"({side})**2", "area of a square = side²")
    return Worded(f"4*({side})", "perimeter of a square = 4 × side")


def _rectangle(measure: str, length: str, width: str) -> Worded:
    if measure in ("area", "넓이"):
        return Worded(f"({length})*({width})", "area of a rectangle = length × width")
    return Worded(f"2*(({length}) + ({width}))", "perimeter of a rectangle = 2 (length + width)")


def _cube(measure: str, side: str) -> Worded:
    if measure == "volume":
        return Worded(f"({side})**3", "volume of a cube = side³")
    return Worded(f"6*({side})**2", "surface area of a cube = 6 × side²")


def _cuboid(measure: str, length: str, width: str, height: str) -> Worded:
    if measure == "volume":
        return Worded(f"({length})*({width})*({height})", "volume of a cuboid = length × width × height")
    return Worded(f"2*(({length})*({width}) + ({width})*({height}) + ({height})*({length}))",
                  "surface area of a cuboid = 2 (lw + wh + hl)")


_SIDE = r"(?:(?:a )?side(?: length)?|(?:an? )?edge(?: length)?|sides? of length)(?: of| =| is)?"


def _swap(builder: Builder) -> Builder:
    """The same formula with its two measurements named in the other order ("height 7 and base 12")."""
    return lambda first, second: builder(second, first)


_SHAPES: list[tuple[re.Pattern[str], Builder]] = [
    # English
    (re.compile(rf"(?:the )?area of {_A}triangle {_WITH} (?:a )?base(?: of)? {_V}{_AND}(?:a )?height(?: of)? {_V}"),
     _triangle),
    (re.compile(rf"(?:the )?area of {_A}triangle {_WITH} (?:a )?height(?: of)? {_V}{_AND}(?:a )?base(?: of)? {_V}"),
     _swap(_triangle)),
    (re.compile(rf"(?:the )?area of {_A}trapezoid {_WITH} (?:parallel )?(?:sides|bases) {_V} and {_V}"
                rf"{_AND}(?:a )?height(?: of)? {_V}"), _trapezoid),
    # typed tersely too ("volume of a cylinder radius 3 height 10"): the measurements are still named
    (re.compile(rf"(?:the )?volume of {_A}cylinder,? (?:{_WITH} )?(?:a )?radius(?: of)? {_V}(?:{_AND}| )"
                rf"(?:a )?height(?: of)? {_V}"), _cylinder),
    # typed tersely too ("volume of a cone radius 3 height 10"): the measurements are still named
    (re.compile(rf"(?:the )?volume of {_A}cone,? (?:{_WITH} )?(?:a )?radius(?: of)? {_V}(?:{_AND}| )"
                rf"(?:a )?height(?: of)? {_V}"), _cone),
    (re.compile(rf"(?:the )?area of {_A}parallelogram {_WITH} (?:a )?base(?: of)? {_V}{_AND}(?:a )?height(?: of)? "
                rf"{_V}"), _parallelogram),
    (re.compile(rf"(?:the )?(area|perimeter) of {_A}square {_WITH} {_SIDE} {_V}"), _square),
    (re.compile(rf"(?:the )?(volume|surface area) of {_A}cube {_WITH} {_SIDE} {_V}"), _cube),
    (re.compile(rf"(?:the )?(area|perimeter) of {_A}rectangle {_WITH} (?:a )?length(?: of)? {_V}{_AND}"
                rf"(?:a )?width(?: of)? {_V}"), _rectangle),
    (re.compile(rf"(?:the )?(area|perimeter) of {_A}rectangle {_WITH} (?:a )?width(?: of)? {_V}{_AND}"
                rf"(?:a )?length(?: of)? {_V}"), _rectangle),
    (re.compile(rf"(?:the )?(area|perimeter) of {_A}{_V} by {_V} square"),
     lambda m, a, b: _square(m, a) if a == b else None),
    # Spanish, German
    (re.compile(rf"(?:calcula (?:el )?)?(?:el )?área de un triángulo (?:de|con) base {_V} y altura {_V}"), _triangle),
    (re.compile(rf"(?:berechne (?:das )?)?(?:das )?volumen eines zylinders mit (?:dem )?radius {_V} und (?:der )?"
                rf"höhe {_V}"), _cylinder),
    # Korean
    (re.compile(rf"밑변(?:이|의 길이가)? {_V}{_KO_AND}높이(?:가)? {_V}\s?인 삼각형의? ?넓이{_KO_ASK}"), _triangle),
    (re.compile(rf"윗변(?:이)? {_V}{_KO_AND}아랫변(?:이)? {_V}{_KO_AND}높이(?:가)? {_V}\s?인 "
                rf"사다리꼴의? ?넓이{_KO_ASK}"), _trapezoid),
    (re.compile(rf"반지름(?:이|의 길이가)? {_V}{_KO_AND}높이(?:가)? {_V}\s?인 원기둥의? ?부피{_KO_ASK}"), _cylinder),
    (re.compile(rf"반지름(?:이|의 길이가)? {_V}{_KO_AND}높이(?:가)? {_V}\s?인 원뿔의? ?부피{_KO_ASK}"), _cone),
    (re.compile(rf"반지름(?:이|의 길이가)? ?{_V}\s?인 구의? ?부피{_KO_ASK}"), _ball),
    (re.compile(rf"가로(?:가|의 길이가)? ?{_V}{_KO_AND}세로(?:가|의 길이가)? ?{_V}\s?인 "
                rf"직사각형의? ?(넓이|둘레){_KO_ASK}"),
     lambda a, b, measure: _rectangle(measure, a, b)),
    (re.compile(rf"세로(?:가|의 길이가)? ?{_V}{_KO_AND}가로(?:가|의 길이가)? ?{_V}\s?인 "
                rf"직사각형의? ?(넓이|둘레){_KO_ASK}"),
     lambda a, b, measure: _rectangle(measure, a, b)),
    (re.compile(rf"한 변(?:의 길이)?(?:이|가) ?{_V}\s?인 정사각형의? ?(넓이|둘레){_KO_ASK}"),
     lambda side, m: _square("area" if m == "넓이" else "perimeter", side)),
    (re.compile(rf"정사각형의? ?한 변(?:의 길이)?(?:이|가) ?{_V}\s?(?:일 때|이면|이라면|인데|이다\.?) "
                rf"(?:이 정사각형의? ?|정사각형의? ?|그 )?(넓이|둘레){_KO_ASK}"),
     lambda side, m: _square("area" if m == "넓이" else "perimeter", side)),
    (re.compile(rf"밑변(?:이|의 길이가)? ?{_V}{_KO_AND}높이(?:가)? ?{_V}\s?인 평행사변형의? ?넓이{_KO_ASK}"),
     _parallelogram),
    (re.compile(rf"한 (?:모서리|변)(?:의 길이)?(?:가|이) ?{_V}\s?인 정육면체의? ?(부피|겉넓이){_KO_ASK}"),
     lambda side, m: _cube("volume" if m == "부피" else "surface area", side)),
    (re.compile(rf"반지름(?:이|의 길이가)? ?{_V}\s?인 구의? ?겉넓이{_KO_ASK}"), _ball_surface),
    (re.compile(rf"가로(?:가|의 길이가)? ?{_V}{_KO_AND}세로(?:가|의 길이가)? ?{_V}{_KO_AND}"
                rf"높이(?:가)? ?{_V}\s?인 직육면체의 (부피|겉넓이){_KO_ASK}"),
     lambda a, b, c, measure: _cuboid("volume" if measure == "부피" else "surface area", a, b, c)),
    # Japanese, Chinese
    (re.compile(rf"半径\s?{_V}\s?の球の体積(?:を求めよ|を求めなさい|は)?"), _ball),
    (re.compile(rf"半径\s?{_V}\s?の球の表面積(?:を求めよ|を求めなさい|は)?"), _ball_surface),
    (re.compile(rf"底(?:是|为)\s?{_V}\s?[，,]\s?高(?:是|为)\s?{_V}\s?的三角形(?:的)?面积(?:是多少|为多少)?"),
     _triangle),
]


# The units written after the measurements, each under one name: the formulas multiply the numbers as written,
# so "가로 4m, 세로 30cm" (4 m by 0.3 m, never 120) is not read.
_UNIT_AFTER_NUMBER = re.compile(r"\d\s?(cm|mm|km|m|inches|inch|in|feet|foot|ft|meters|metres|meter|metre|units)"
                                r"(?![A-Za-z])")  # a Korean particle may follow: "4m인"
_UNIT_NAMES = {"inches": "in", "inch": "in", "feet": "ft", "foot": "ft", "meters": "m", "metres": "m", "meter": "m",
               "metre": "m"}


def read_named_measures(text: str) -> Worded | None:
    """The area or volume `text` asks for from named measurements (or a square's measure from another,
    `square_measures.py`, or a polygon's angles and diagonals, from its name: `polygons.py`), or None when it is
    not one or its measurements are in different units."""
    units = {_UNIT_NAMES.get(unit, unit) for unit in _UNIT_AFTER_NUMBER.findall(text.lower())}
    if len(units) > 1:
        return None
    return read_shapes(_SHAPES, text) or read_square_measure(text) or read_polygon(text)
