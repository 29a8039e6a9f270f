"""Angle conversions in words: "convert 45 degrees to radians", "what is π/3 radians in degrees", "90도는 몇 라디안".

Each shape names both units, so the direction is never guessed: radians = degrees × π/180 and degrees =
radians × 180/π. Without this reading, "45 degrees in radians" kept the degrees (the "degrees" word asks for an
answer in degrees, "in radians" is filler elsewhere) and answered 45. An angle in radians may be written with π
("2π/3", "pi/4", "3pi"), a plain number or a fraction; a multiple of π alone is an angle in radians ("π/2 in
degrees" is 90). Any other request that ends by asking for radians or degrees ("30 in radians": 30 degrees, or 30
radians already?) is named by `unread_angle_unit` so it abstains; "30 in radians" was answered 30, the number
unchanged, and "pi/2 in degrees" π/2.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.everyday_formulas import Builder, Worded, plain_request, read_shapes

_N = r"(-?\d+(?:\.\d+)?)"
_RADIAN_VALUE = r"(-?(?:\d+(?:\.\d+)?\s*\*?\s*)?(?:π|pi)(?:\s*/\s*\d+)?|-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?)"
_DEG = r"(?:°|degrees?|deg)"
_RAD = r"(?:radians?|rad)"
_CONVERT = r"(?:convert|change|turn|express|write)"
_TO = r"(?:to|into|in|as)"
_KO_END = r"(?:인가요|인가|입니까|이에요|야|일까요)?"
_KO_ASK = r"(?:바꾸(?:면|시오|세요)|나타내(?:면|시오|세요))"  # "convert" / "write as"


def _to_radians(degrees: str) -> Worded:
    return Worded(f"({degrees})*pi/180", "radians = degrees × π/180")


def _to_degrees(radians: str) -> Worded:
    spelled = re.sub(r"(\d)\s*(?=pi)", r"\1*", radians.replace("π", "pi"))  # "2π/3" -> 2*pi/3
    return Worded(f"({spelled})*180/pi", "degrees = radians × 180/π")


_PI_VALUE = r"(-?(?:\d+(?:\.\d+)?\s*\*?\s*)?(?:π|pi)(?:\s*/\s*\d+)?)"
_SHAPES: list[tuple[re.Pattern[str], Builder]] = [
    (re.compile(rf"(?:{_CONVERT} )?{_N} ?{_DEG} {_TO} {_RAD}"), _to_radians),
    (re.compile(rf"(?:{_CONVERT} )?{_PI_VALUE} {_TO} {_DEG}"), _to_degrees),  # "π/2 in degrees": π marks radians
    (re.compile(rf"(?:{_CONVERT} )?{_RADIAN_VALUE} ?{_RAD} {_TO} {_DEG}"), _to_degrees),
    (re.compile(rf"how many {_RAD} (?:is|are|in) {_N} ?{_DEG}"), _to_radians),
    (re.compile(rf"how many {_DEG} (?:is|are|in) {_RADIAN_VALUE} ?{_RAD}"), _to_degrees),
    (re.compile(rf"{_N}\s?(?:도|°)(?:는|은|를|을)? (?:몇 ?)?라디안(?:으로 {_KO_ASK})?{_KO_END}"),
     _to_radians),
    (re.compile(rf"{_RADIAN_VALUE}\s?라디안(?:은|는|을|를)? (?:몇 ?도|도로 {_KO_ASK}){_KO_END}"),
     _to_degrees),
]


def read_angle_conversion(text: str) -> Worded | None:
    """The conversion `text` asks for between degrees and radians, or None when it is not one."""
    return read_shapes(_SHAPES, _ANGLE_WORD.sub("", text))


_ANGLE_WORD = re.compile(r"\b(?:the |an )?angle (?:of )?(?=[-\d.(πp])", re.I)  # "the angle 30° in radians"
_ASKED_UNIT = re.compile(rf"\b{_TO} (?:{_RAD}|{_DEG})$")


def unread_angle_unit(text: str) -> str | None:
    """Why `text` cannot be read when it ends by asking for radians or degrees and no conversion read it, else None.

    "30 in radians" (30 degrees, or 30 radians already?), "the angle 30° + 15° in radians", "solve sin x = 1/2 in
    degrees": the asked unit would otherwise be dropped as filler and the answer come back in the other unit."""
    if _ASKED_UNIT.search(plain_request(text)):
        return "an answer asked in radians or degrees that is not a conversion read here: write 30° (or 30 degrees) " \
            "in radians, or π/6 radians in degrees"
    return None
