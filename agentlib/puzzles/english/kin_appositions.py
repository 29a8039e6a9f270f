"""A kinship word that only introduces a named person: "I'm older than my cousin Raj." and "Raj is my cousin." say who
Raj is to the speaker, which an order question ("Is Raj older than my sister?") never asks.

Read as typed, such a phrase is a kinship fact the puzzle reader may not know how to hold ("my cousin" is one
person; which one Raj is stays open). Dropping it says less ("I'm older than Raj."), so the rewrite is a weaker
reading: `solve` keeps its answer only where more premises would keep it. Only where the kinship word names nobody
else in the text (no "my cousin" standing alone, no question about kin), so the person it introduces is never
confused with another one it names.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.kinship import KIN

_OWNER = r"(?:my|our|your|his|her|their)"
_KIN_WORDS = "|".join(sorted((re.escape(word) for word in KIN), key=len, reverse=True))
# "my cousin Raj" / "my older cousin Raj": the kinship word right before the name it introduces
_INTRODUCED = re.compile(rf"\b{_OWNER} (?:(?:older|younger|little|big|baby|elder) )?(?P<kin>{_KIN_WORDS}),? "
                         rf"(?P<name>[A-Z][a-z]+)\b")
# "Raj is my cousin." as a sentence of its own
_SAID = re.compile(rf"(?:^|(?<=[.!?])\s+)(?P<name>[A-Z][a-z]+) is {_OWNER} (?:(?:older|younger|little|big|baby|"
                   rf"elder) )?(?P<kin>{_KIN_WORDS})\.")


def without_kin_introductions(text: str) -> str | None:
    """`text` with each kinship word that only introduces a name dropped; None when there is none."""
    introduced = {m["kin"] for m in _INTRODUCED.finditer(text)} | {m["kin"] for m in _SAID.finditer(text)}
    kept = {kin for kin in introduced if _only_introduces(text, kin)}
    if not kept:
        return None
    rewritten = _SAID.sub(lambda m: "" if m["kin"] in kept else m.group(0), text)
    rewritten = _INTRODUCED.sub(lambda m: m["name"] if m["kin"] in kept else m.group(0), rewritten)
    rewritten = re.sub(r"\s{2,}", " ", rewritten).strip()
    return rewritten if rewritten != text.strip() else None


def _only_introduces(text: str, kin: str) -> bool:
    """Every use of `kin` in `text` is one that introduces a name (so dropping them loses no other person)."""
    uses = len(re.findall(rf"\b{re.escape(kin)}\b", text, re.I))
    introductions = sum(1 for m in _INTRODUCED.finditer(text) if m["kin"] == kin) + \
        sum(1 for m in _SAID.finditer(text) if m["kin"] == kin)
    return uses == introductions
