"""Consecutive integers from their sum: "three consecutive integers sum to 48, what are they", "the sum of 4
consecutive even numbers is 100", "3 consecutive odd integers add up to 57, find them".

The words fix the count k (two to six), the step (1, or 2 for even or odd numbers) and the sum S, so the
numbers are n, n + step, ..., and the sentence sets up the system a + b + ... = S, b = a + step, ... (shown,
solved over the integers and checked like any typed system; the answer is the numbers, smallest first). The
request is refused (None) where no such integers exist, since the exact n = (S - step·k(k-1)/2)/k is not a whole
number, or is not even (odd) where even (odd) numbers are asked: "three consecutive integers sum to 49" has no
answer to report. "Numbers" counts as integers, as the phrase is always meant.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import plain_request
from agentlib.mathsolve.request import MathRequest

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
_K = "(?P<count>" + "|".join(_COUNTS) + ")"
_KIND = r"consecutive (?:(?P<parity>even|odd) )?(?:integers|numbers|whole numbers)"
_S = r"(?P<total>-?\d{1,9})"
_ASK = r"(?:[,.;]? (?:what are they|what are the (?:numbers|integers)|find them|find the (?:numbers|integers)|" \
       r"which (?:numbers|integers)(?: are they)?))?"
_SHAPES = (
    re.compile(rf"{_K} {_KIND} (?:sum to|add up to|add to|total|have a sum of|whose sum is|with a sum of) {_S}{_ASK}"),
    re.compile(rf"(?:the )?sum of {_K} {_KIND} is {_S}{_ASK}"),
    re.compile(rf"(?:find |what are )?{_K} {_KIND} (?:that |which |whose sum )?(?:sum to|add up to|is|add to) {_S}"),
)
_LETTERS = "abcdef"


def read_consecutive_integers(text: str) -> MathRequest | None:
    """The system for the consecutive integers `text` asks for, or None when it is not this request or none exist."""
    plain = plain_request(text).replace("’", "'")
    match = next((m for shape in _SHAPES if (m := shape.fullmatch(plain))), None)
    if match is None:
        return None
    count, total = _COUNTS[match["count"]], int(match["total"])
    step = 1 if match["parity"] is None else 2
    first = Fraction(total - step * count * (count - 1) // 2, count)
    if first.denominator != 1 or match["parity"] == "even" and first % 2 != 0 or \
            match["parity"] == "odd" and first % 2 != 1:
        return None
    letters = _LETTERS[:count]
    equations = (" + ".join(letters) + f" = {total}",) + tuple(
        f"{b} = {a} + {step}" for a, b in zip(letters, letters[1:], strict=False))
    return MathRequest(task="solve", items=equations, shown=equations, variable=",".join(letters), select="numbers",
                       domain="integer", notes=("read as: " + ", ".join(equations),))


__all__ = ["read_consecutive_integers"]
