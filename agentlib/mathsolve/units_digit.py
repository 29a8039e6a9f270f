"""The units digit of a number, as competition problems ask it: "What is the units digit of $3^{2004}$?", "the
ones digit of $7^{35}$", "the last digit of $2^{100} + 1$". It is the remainder on division by 10 of the number's
absolute value, so the request is a `remainder` by 10 (a power of whole numbers stays a power: the worker reduces
it by repeated squaring). Left out: the tens digit and "the last two digits" (is 1 written "01"?).
"""

from __future__ import annotations

import re

from agentlib.mathsolve.request import MathRequest
from agentlib.tools.notation import NotationError, to_plain

_QUESTION = re.compile(
    r"^(?:(?:what\s+is|what's|find|compute|determine)\s+)?(?:the\s+)?(?:units|unit|ones|last)\s+digit\s+(?:of|in)\s+"
    r"(?:the\s+(?:number|product|sum|integer)\s+)?(?:\$(?P<formula>[^$]{1,200})\$|(?P<number>\d{1,60}))\s*[?.]?$",
    re.I)
_POWER = re.compile(r"\(?\d{1,50}\)?\*\*\(?\d{1,400}\)?")


def read_units_digit(text: str) -> MathRequest | None:
    """The `remainder` request for the units digit `text` asks, or None when it is not this question."""
    found = _QUESTION.match(" ".join(text.split()))
    if found is None:
        return None
    try:
        formula = found.group("number") or to_plain(found.group("formula"))
    except NotationError:
        return None
    plain = formula.replace(" ", "")
    item = formula if plain.isdigit() or _POWER.fullmatch(plain) else f"Abs({formula})"  # -13 ends in 3, not 7
    return MathRequest(task="remainder", items=(item, "10"), shown=(formula, "10"),
                       notes=("the units digit is the remainder on division by 10",))
