"""Negated focus words: "Ann doesn't just sing" says she sings (and does more); "Ann is anything but tall" says she
is not tall.

The grammar drops "just" / "merely" / "simply" as fillers ("Ann just left"), which under "not" turns "doesn't just
sing" into "doesn't sing", the opposite of what is said. A "not" right before such a word (or "only" without the
"but also" that `not_only` unfolds) is refused, so the sentence abstains; "anything but" after a copula is spelled
"not".
"""

from __future__ import annotations

import re

_FOCUS = {"just", "merely", "simply", "only", "solely"}
_NEGATIONS = {"not", "never", "n't"}
_ANYTHING_BUT = re.compile(r"\b(is|are|was|were|am|be)\s+anything\s+but\b", re.I)


def denies_focus(words: list[str]) -> bool:
    """Whether a negation stands right before a focus word ("does not just", "never merely")."""
    return any(words[k] in _NEGATIONS and words[k + 1] in _FOCUS for k in range(len(words) - 1))


def spell_anything_but(sentence: str) -> str:
    """ "Ann is anything but tall" -> "Ann is not tall"."""
    return _ANYTHING_BUT.sub(lambda m: f"{m.group(1)} not", sentence)
