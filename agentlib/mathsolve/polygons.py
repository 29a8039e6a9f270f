"""Counts and angles of a polygon named by its number of sides: "the sum of the interior angles of a pentagon",
"each interior angle of a regular hexagon", "how many diagonals does an octagon have", "오각형의 내각의 합",
"정육각형의 한 내각의 크기", "십각형의 대각선의 개수".

The name gives n (pentagon 5, 육각형 6, "a 12-sided polygon", "a polygon with 9 sides"); the formulas are the
ones every textbook states: interior angles sum to (n - 2) × 180°, a regular polygon's interior angle is that
sum over n and its exterior angle 360°/n, and n(n - 3)/2 diagonals join the corners that are not neighbours.
Angles are in degrees, which the note says. Fewer than three sides is no polygon, so nothing is read.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.everyday_formulas import Builder, Worded, plain_request

_ENGLISH = {"triangle": 3, "quadrilateral": 4, "square": 4, "rectangle": 4, "pentagon": 5, "hexagon": 6,
            "heptagon": 7, "octagon": 8, "nonagon": 9, "decagon": 10, "hendecagon": 11, "dodecagon": 12}
_KOREAN = {"삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9, "십": 10, "십일": 11, "십이": 12,
           "십오": 15, "이십": 20}
_NAMED = "|".join(sorted(_ENGLISH, key=len, reverse=True))
_POLYGON = rf"(?:an? |the )?(?:(?P<regular>regular) )?(?:(?P<name>{_NAMED})" \
           rf"|(?P<sides>\d{{1,4}})-(?:sided polygon|gon)|polygon with (?P<sides2>\d{{1,4}}) sides)"
_KO_NAMED = "|".join(sorted(_KOREAN, key=len, reverse=True))
_KO_POLYGON = rf"(?P<regular>정)?(?:(?P<name>{_KO_NAMED})|(?P<sides>\d{{1,4}}))각형"
_KO_ASK = r"(?:은|는|를|을)? ?(?:몇 도인가요|몇 개인가요|얼마인가요|구하시오|구하세요|구해줘|얼마|몇 개|몇 도)?"


def _sides(match: re.Match[str], table: dict[str, int]) -> int | None:
    name, sides = match.group("name"), match.group("sides") or match.groupdict().get("sides2")
    n = table[name] if name else int(sides) if sides else 0
    return n if n >= 3 else None


def _angle_sum(n: int) -> Worded:
    return Worded(f"({n} - 2)*180", "the interior angles of an n-gon sum to (n - 2) × 180°")


def _interior(n: int) -> Worded:
    return Worded(f"({n} - 2)*180/{n}", "each interior angle of a regular n-gon = (n - 2) × 180° / n")


def _exterior(n: int) -> Worded:
    return Worded(f"360/{n}", "each exterior angle of a regular n-gon = 360° / n")


def _diagonals(n: int) -> Worded:
    return Worded(f"{n}*({n} - 3)/2", "an n-gon has n(n - 3)/2 diagonals")


_ASKS: list[tuple[re.Pattern[str], Builder, bool]] = [  # (pattern, formula, needs a regular polygon)
    (re.compile(rf"(?:the )?sum of (?:the |all )?(?:its )?interior angles (?:of|in) {_POLYGON}"), _angle_sum, False),
    (re.compile(rf"(?:the )?(?:measure of )?(?:each|one|an|the) interior angle (?:of|in) {_POLYGON}"), _interior,
     True),
    (re.compile(rf"(?:the )?(?:measure of )?(?:each|one|an|the) exterior angle (?:of|in) {_POLYGON}"), _exterior,
     True),
    (re.compile(rf"how many diagonals (?:does|do|can) {_POLYGON} have"), _diagonals, False),
    (re.compile(rf"(?:the )?number of diagonals (?:of|in) {_POLYGON}"), _diagonals, False),
]
_KO_ASKS: list[tuple[re.Pattern[str], Builder, bool]] = [
    (re.compile(rf"{_KO_POLYGON}의 내각의 (?:크기의 )?합{_KO_ASK}"), _angle_sum, False),
    (re.compile(rf"{_KO_POLYGON}의 한 내각의 크기{_KO_ASK}"), _interior, True),
    (re.compile(rf"{_KO_POLYGON}의 한 외각의 크기{_KO_ASK}"), _exterior, True),
    (re.compile(rf"{_KO_POLYGON}의 대각선의 (?:개수|수){_KO_ASK}"), _diagonals, False),
]
MOST_SIDES = 10_000


def read_polygon(text: str) -> Worded | None:
    """The polygon count or angle `text` asks for, or None when it is not one of the shapes."""
    plain = plain_request(text)
    for table, asks in ((_ENGLISH, _ASKS), (_KOREAN, _KO_ASKS)):
        for pattern, formula, regular in asks:
            match = pattern.fullmatch(plain)
            if match is None:
                continue
            n = _sides(match, table)
            if n is None or n > MOST_SIDES or (regular and not match.group("regular")):
                return None  # an angle of a polygon that is not regular differs corner to corner
            return formula(n)
    return None
