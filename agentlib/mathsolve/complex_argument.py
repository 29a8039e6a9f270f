"""arg(z) written as a call: "arg(1 + i)", "what is Arg(-2 + 2i)?", "arg(1 - i)의 값은?".

The safe parser has no arg, and read as letters "arg(1 - i)" was a·r·g·(1 - i). When the call is the whole
formula of the request, it is respelled "the argument of (z)", which the reader computes as the principal value
atan2(Im z, Re z) in (-π, π]. A call inside a longer formula ("arg(z) + 1") is left as typed: respelled, the rest
of the formula would be read into the number.
"""

from __future__ import annotations

import re

_WHOLE_CALL = re.compile(r"^(\s*(?:what\s+is\s+|what's\s+|find\s+|compute\s+|calculate\s+)?(?:the\s+)?)"
                         r"[Aa]rg\s*\(([^()]*)\)(\s*(?:\?|의 값은\??|의 값을 구하시오|을 구하시오|를 구하시오)?\s*)$",
                         re.IGNORECASE)


def spell_argument_call(text: str) -> str:
    """`text` with a whole-formula call arg(z) written as "the argument of (z)"."""
    return _WHOLE_CALL.sub(r"\1the argument of (\2)\3", text)
