"""Lagrange's notation for a derivative of a named function: f'(2), g''(x), h′(t), f″(0), f^{(3)}(1).

`primed_call(text)` reads a whole formula of that shape as (name, order, argument); the reader turns it into
"differentiate the definition of f, `order` times, at the argument" when the text defines f. Anything else
(a prime inside a longer formula, f'(x) + 1) is not this construction and stays unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PRIMES = {"'": 1, "′": 1, "″": 2, "‴": 3}
_CALL = re.compile(r"^\s*(?P<name>[A-Za-z])\s*(?:(?P<primes>(?:'|′|″|‴|\\prime)+|\^\{(?:\\prime)+\}|\^\\prime)|"
                   r"\^\{?\((?P<order>[1-9])\)\}?)\s*\(\s*(?P<argument>[^()]+?)\s*\)\s*$")


@dataclass(frozen=True)
class PrimedCall:
    """f''(2): the function's name, the derivative's order and the argument as written."""

    name: str
    order: int
    argument: str


def primed_call(text: str) -> PrimedCall | None:
    """The call, or None when `text` is not exactly a primed call."""
    match = _CALL.match(text)
    if match is None:
        return None
    if match.group("order"):
        return PrimedCall(match.group("name"), int(match.group("order")), match.group("argument"))
    marks = match.group("primes")
    order = marks.count("\\prime") + sum(_PRIMES.get(ch, 0) for ch in marks.replace("\\prime", ""))
    return PrimedCall(match.group("name"), order, match.group("argument"))
