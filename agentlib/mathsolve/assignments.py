"""Values given in words become assignments: "when x is 4" -> "when x = 4", "x가 2일 때" -> "x = 2일 때".

The reader already substitutes an assignment that a "when/at/if" word or the Korean "일 때" marks ("at x = 2",
"x = 2일 때"). People also give the value with a copula: English "when x is 4", "if x equals 4", "where x is
equal to 4", and Korean "x가 2일 때" / "x는 2일 때". Each is the same statement as the assignment, so the text is
rewritten to it before reading. Only a single letter and a plain number (an integer, decimal or fraction, a sign
allowed) are rewritten: "when x is large" or "if x is a root" stay words and the reader abstains on them.
"""

from __future__ import annotations

import re

_NUMBER = r"[-−]?\d+(?:\.\d+)?(?:/\d+)?"
_COPULA = r"(?:is\s+equal\s+to|is|equals|becomes)"
# "when x is 4", "if a is 3 and b is 5": the marker word, then one or more "<letter> <copula> <number>" joined by
# "and" or a comma; each joined pair is rewritten only inside such a chain.
_ENGLISH = re.compile(rf"\b(?P<marker>when|if|where|given|for)\s+(?P<chain>[A-Za-z]\s+{_COPULA}\s+{_NUMBER}"
                      rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Za-z]\s+{_COPULA}\s+{_NUMBER})*)(?![\w.])",
                      re.IGNORECASE)
_ENGLISH_PAIR = re.compile(rf"\b(?P<name>[A-Za-z])\s+{_COPULA}\s+(?P<value>{_NUMBER})", re.IGNORECASE)
# "x가 2일 때", "a는 3, b는 5일 때": a letter, a subject/topic particle, a number; the last before 일 때.
_KOREAN_PAIR = re.compile(rf"(?<![A-Za-z])(?P<name>[A-Za-z])\s*(?:가|이|는|은)\s*(?P<value>{_NUMBER})"
                          rf"(?=\s*(?:,\s*[A-Za-z]\s*(?:가|이|는|은)\s*{_NUMBER}\s*)*(?:,|\s*일\s*때|\s*이고|\s*이면))")


def spell_assignments(text: str) -> str:
    """`text` with each worded value of a letter ("x is 4", "x가 2") written as the assignment "x = 4"."""
    text = _ENGLISH.sub(lambda m: f"{m.group('marker')} " + _ENGLISH_PAIR.sub(_assignment, m.group("chain")), text)
    return _KOREAN_PAIR.sub(_assignment, text)


def _assignment(match: re.Match[str]) -> str:
    return f"{match.group('name')} = {match.group('value')}"
