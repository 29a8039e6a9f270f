"""Statements and their question typed as one sentence ("I'm older than Bo, Bo is older than Cy, am I older than
Cy?"): the question after the last comma (or semicolon, or colon) becomes a sentence of its own.

Chat writes facts and the question in one run, joined by commas. A question word or auxiliary after a comma, at the
end of a text, opens the question when the words before it already state something (a finite verb) and do not open
a clause that the question completes: "If it rains, do we walk?" asks under a condition and "Between Ann and Bob,
who is taller?" names the choices, so both are left as typed, and so is a tag ("..., isn't she?"), which asks
nothing new.
"""

from __future__ import annotations

import re

_ASKS = r"(?:am|is|are|was|were|do|does|did|can|could|will|would|has|have|who|whom|what|which|how|where)"
_TAIL = re.compile(rf"^(?P<head>.*[^,;:\s])[,;:]\s+(?:(?:so|then|and|but) )?(?P<ask>{_ASKS}\b[^,.;?!]*\?)\s*$", re.I)
_OPENERS = re.compile(r"^(?:if|when|whenever|unless|suppose|supposing|given|assuming|provided|since|because|after|"
                      r"before|between|of|among|in|on|for|as|while|once|what|who|which|how|is|are|does|do|did)\b",
                      re.I)
# a condition anywhere before the question ("So if ..., who ...?") may be the question's own: left as typed
_CONDITIONS = re.compile(r"\b(?:if|when|whenever|unless|suppose|supposing|assuming|provided|given)\b", re.I)
_FINITE = re.compile(r"\b(?:am|is|are|was|were|has|have|had|does|do|did|can|will)\b|'m\b|'re\b|\b\w+s\s+than\b",
                     re.I)


def split_question_tail(text: str) -> str:
    """`text` with its closing "statement, question?" written as "statement. Question?"; unchanged otherwise."""
    stripped = text.rstrip()
    start = max(stripped.rfind(". ", 0, len(stripped) - 1), stripped.rfind("? ", 0, len(stripped) - 1),
                stripped.rfind("! ", 0, len(stripped) - 1))
    before, last = (stripped[:start + 2], stripped[start + 2:]) if start >= 0 else ("", stripped)
    m = _TAIL.match(last)
    head = m.group("head") if m is not None else ""
    if m is None or _OPENERS.match(head.strip()) or _CONDITIONS.search(head) or not _FINITE.search(head):
        return text
    ask = m.group("ask")
    if len(ask.split()) < 3:
        return text  # "..., isn't she?": a tag
    return f"{before}{head}. {ask[0].upper()}{ask[1:]}"
