"""Markdown emphasis typed around words or a formula: "**x^2 - 4 = 0**", "*Is Ann taller than Bo?*", "__solve
x + 1 = 3__". Chat windows and notes apps add it; the readers see asterisks where a formula or a question mark
should end the text.

Only paired marks that open after a space (or the text's start) and close before a space, a mark or the end are
taken off, so a product or a power typed with stars stays: "2*3", "x**2", "2 * 3 * 4" (a star beside a space on the
inside is no emphasis), and "x_1" / "a__b" (a subscript, a name) stay too. One star or underscore opens emphasis
only at the start or after a word or a stop, so "2 *3* 4" keeps its products.
"""

from __future__ import annotations

import re

_PAIRS = [re.compile(r"(?<!\S)\*\*(?=[^\s*])(?P<inner>[^\n]{1,2000}?)(?<=[^\s*])\*\*(?=$|[\s.,;:!?)])"),
          re.compile(r"(?<!\S)__(?=[^\s_])(?P<inner>[^\n]{1,2000}?)(?<=[^\s_])__(?=$|[\s.,;:!?)])"),
          # one star or underscore only at the start or after a word or a stop: "2 *3* 4" keeps its products
          re.compile(r"(?:^|(?<=[A-Za-z.!?:,]\s))\*(?=[^\s*])(?P<inner>[^\n*]{1,2000}?)(?<=[^\s*])\*(?=$|[\s.,;:!?)])"),
          re.compile(r"(?:^|(?<=[A-Za-z.!?:,]\s))_(?=[^\s_])(?P<inner>[^\n_]{1,2000}?)(?<=[^\s_])_(?=$|[\s.,;:!?)])")]


def without_emphasis(text: str) -> str:
    """`text` with paired markdown emphasis marks taken off (see the module notes)."""
    if "*" not in text and "_" not in text:
        return text
    for pattern in _PAIRS:
        text = pattern.sub(lambda m: m["inner"], text)
    return text
