"""A length cut into equal pieces: "a 96 inch board cut into 4 equal pieces, how long is each", "an 8 foot board cut
into 3 equal pieces, how long is each in inches", "a 5 m rope is divided into 8 equal parts. how long is each part?"

One length (a number and a unit of length, `units.py`), one count of equal pieces, and "how long is each": each
piece is length / count, in the length's unit or the unit asked ("in inches"), converted exactly. The pieces must be
said to be equal, or be "pieces of the same length"; a cut that loses material (a saw's kerf) is not in the words
and not in the answer. The result is an `evaluate` request, computed exactly.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import MOST_DIGITS, Worded, plain_request, priced
from agentlib.mathsolve.units import factor, unit
from agentlib.numwords import compound_number

_NUMBER = r"(\d+(?:\.\d+)?)"
_SHAPE = re.compile(
    rf"(?:if )?(?:a |an |the |my |one )?{_NUMBER}[ -]?(?P<unit>[a-z]+)(?: long)? (?:[a-z]+ ){{1,3}}(?:is |was |gets |"
    rf"are )?(?:cut|divided|split|sawn|sawed|chopped) (?:in|into|up into) (?P<count>\d+|[a-z]+(?:-[a-z]+)?) "
    rf"(?:equal|equally long|same-length|equal-length) (?:pieces|parts|lengths|sections|segments|strips|bits)"
    rf"[,.;]? how long (?:is|will be|would be|are) (?:each|each one|each piece|each part|each section|the pieces)"
    rf"(?: (?:piece|part|section|one))?(?: in (?P<asked>[a-z]+))?")


def _is_length(name: str) -> bool:
    return name == "meters" or factor(name, "meters") is not None


def read_equal_pieces(text: str) -> Worded | None:
    """The length of each of the equal pieces `text` cuts a length into, or None when it is not such a request."""
    plain = plain_request(text).replace("?", "").strip()
    match = _SHAPE.fullmatch(plain)
    if match is None or len(match.group(1)) > MOST_DIGITS:
        return None
    given = unit(match.group("unit"))
    asked = unit(match.group("asked")) if match.group("asked") else given
    count = int(match.group("count")) if match.group("count").isdigit() else compound_number(match.group("count"))
    if given is None or asked is None or not count or not (_is_length(given) and _is_length(asked)):
        return None  # "how long" asks a length: a weight or a time cut into pieces is not read here
    to_asked = Fraction(1) if asked == given else factor(given, asked)
    if to_asked is None:
        return None
    length = Fraction(match.group(1)) * to_asked
    value = length / count
    formula = f"(({length.numerator})/({length.denominator}))/({count})"
    return priced(Worded(formula, f"each piece = length / pieces = {length} {asked} / {count}"), value)


__all__ = ["read_equal_pieces"]
