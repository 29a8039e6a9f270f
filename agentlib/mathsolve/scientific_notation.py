"""Numbers in scientific notation: "6.02e23" is 6.02 × 10^23, "1.5E-3" is 1.5 × 10^-3.

Without this reading, "2e3" is a product of 2, Euler's e and 3 (6e), and a calculator's answer to
"1e308 * 1e308" would come back verified as a multiple of e². A mantissa glued to `e`/`E` glued to a (signed)
whole exponent is written as a power of ten; the parser's limits on exponents then apply as to any power.
Spaced or continued forms ("2e - 3", "2e^x") keep their letters: there `e` can be the constant or part of a name,
and the formula reader decides as before. A digit glued to `e` glued to a digit that is not a whole number in
scientific notation ("1e3e2", "3e2x", "x2e3") is either a mistyped power of ten or a product with Euler's e:
`glued_exponent` names it so the request abstains; so does "1e3_{16}" (hexadecimal digits, which the base reader
does not take: it read 1·e·3_{16} = 3e).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[\w.]+")
_GLUED = re.compile(r"\d[eE]\d")
_SCIENTIFIC = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?|\.\d+)[eE]([+-]?\d+)(?![\w.^])")


def spell_scientific(text: str) -> str:
    """`text` with every number in scientific notation written as a power of ten ("6.02e23" -> "(6.02*10^(23))")."""
    return _SCIENTIFIC.sub(r"(\1*10^(\2))", text)


def glued_exponent(text: str) -> str | None:
    """Why `text` (after `spell_scientific`) cannot be read, when a digit-e-digit run is left in it, else None."""
    for word in _WORD.finditer(text):
        if _GLUED.search(word.group()):
            return f"in {word.group()!r}, is e a power of ten or Euler's number? Write 10^k or e·k"
    return None
