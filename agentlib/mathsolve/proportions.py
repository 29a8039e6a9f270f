"""Proportions written with colons become equations of fractions: "3:4 = x:20" -> "(3)/(4) = (x)/(20)".

"a : b = c : d" states that the ratio a to b equals the ratio c to d, which is the equation a/b = c/d. Only a
whole proportion (two ratios joined by "=") of plain numbers and single letters is rewritten, so a clock time
("10:30"), a lone ratio ("split 120 in the ratio 3:5") or a ratio of expressions stays as written.
"""

from __future__ import annotations

import re

_TERM = r"(\d+(?:\.\d+)?|[A-Za-z])"
# Neither side may continue into an operator: "x+1:2 = 3:4" is not the proportion 1:2 = 3:4.
_PROPORTION = re.compile(rf"(?<![\w:.+\-*/^)])(?<![+\-*/^=]\s){_TERM}\s*:\s*{_TERM}\s*=\s*{_TERM}\s*:\s*{_TERM}"
                         rf"(?![\w:(]|\s*[+\-*/^]|\.\d)")


def spell_proportions(text: str) -> str:
    """`text` with each proportion "a:b = c:d" written as the equation "(a)/(b) = (c)/(d)"."""
    return _PROPORTION.sub(lambda m: f"({m[1]})/({m[2]}) = ({m[3]})/({m[4]})", text)
