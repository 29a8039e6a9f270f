"""Words glued to a letter typed in LaTeX, as textbooks write them: "the $y$-intercept", "the $x$-axis", "the
$n$th term", "$x$-coordinate". The dollars around the one letter are dropped ("the y-intercept"), so the word
reads as the same word typed plainly; a letter not glued to a word is left in its formula.
"""

from __future__ import annotations

import re

_LETTER_WORD = re.compile(r"\$\s*([A-Za-z])\s*\$(?=-[A-Za-z]|(?:st|nd|rd|th)\b)")


def spell_lettered_words(text: str) -> str:
    """`text` with "$y$-intercept" written "y-intercept" and "$n$th" written "nth"."""
    return _LETTER_WORD.sub(r"\1", text)
