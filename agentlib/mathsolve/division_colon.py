"""The colon as the division sign of German, French, Russian, ... school arithmetic: "Berechne 12 : 4",
"Вычислите 7,5 : 2,5" are 12 / 4 and 7.5 / 2.5.

Only in a request whose words belong to a language that writes decimal commas (`number_locale`: the same
countries divide with a colon), only a colon with a space on each side between two operands (a number or a
bracket), and only where no '=' stands (a proportion "3 : 4 = x : 20" is `proportions.py`'s). "12:30" (a time)
and "3:4" (a ratio typed tight) stay as they are.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.number_locale import writes_decimal_commas

_SPACED_COLON = re.compile(r"(?<=[\d)])\s+:\s+(?=[-−]?[\d(])")


def spell_division_colon(text: str) -> str:
    """`text` with each spaced colon between two operands written as '/', in a decimal-comma language."""
    if ":" not in text or "=" in text or not _SPACED_COLON.search(text) or not writes_decimal_commas(text):
        return text
    return _SPACED_COLON.sub(" / ", text)
