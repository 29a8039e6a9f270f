"""An integrand written right after its bounds, with no "of": "integral from 0 to 1 x^2 dx", "integrate from 1 to 2
3x^2 + 1 dx". Written as "integral from 0 to 1 of x^2 dx", which the reader already reads.

Without "of" the upper bound and the integrand run together ("1 x^2" could be the product x²), so the split is made
only where it is certain: the integral must close with d<letter>, the upper bound is one plain number ("1", "-2",
"0.5", "1/2") or one constant word ("pi", "π", "infinity"), and the integrand must start with something that cannot
continue a number, a letter-word or a parenthesis, never a digit, an operator, or a constant that could be the
bound's factor ("from 0 to 2 pi x dx" is 2π or 2 with πx: left as written, and the reader abstains).
"""

from __future__ import annotations

import re

_BOUND = r"(?:[-−]?\d+(?:\.\d+)?(?:/\d+)?|pi|π|infinity|∞)"
_INTEGRAND_AFTER_BOUNDS = re.compile(
    rf"^(?P<head>.*?\b(?:integral|integrate|integration)\s+from\s+{_BOUND}\s+to\s+{_BOUND})"
    rf"\s+(?P<integrand>(?!of\b)(?!pi\b|π|e[\s*·])[a-zA-Z(|√].*?\s*d[a-z])\s*[?.!]?\s*$", re.I)


def spell_integrand_after_bounds(text: str) -> str:
    """`text` with "of" put between an integral's bounds and its integrand where the two run together."""
    match = _INTEGRAND_AFTER_BOUNDS.match(text)
    if match is None:
        return text
    return f"{match.group('head')} of {match.group('integrand')}"
