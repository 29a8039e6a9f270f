"""Numbers in scientific notation: "6.02e23" is 6.02 × 10^23, "1.5E-3" is 1.5 × 10^-3.

Without this reading, "2e3" is a product of 2, Euler's e and 3 (6e), and a calculator's answer to
"1e308 * 1e308" would come back verified as a multiple of e². A mantissa glued to `e`/`E` glued to a (signed)
whole exponent is written as a power of ten; the parser's limits on exponents then apply as to any power.
Spaced or continued forms ("2e - 3", "2e^x", "3e2x", "x2e3") keep their letters: there `e` can be the constant or
part of a name, and the formula reader decides as before.
"""

from __future__ import annotations

import re

_SCIENTIFIC = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?|\.\d+)[eE]([+-]?\d+)(?![\w.^])")


def spell_scientific(text: str) -> str:
    """`text` with every number in scientific notation written as a power of ten ("6.02e23" -> "(6.02*10^(23))")."""
    return _SCIENTIFIC.sub(r"(\1*10^(\2))", text)
