"""Permission asked with "may": "Nobody who wears a badge may enter the vault. Ravi wears a badge. May Ravi enter
the vault?" asks whether the rules allow it, and the rules say "may" in the same sense.

The grammar reads "may" in a statement as a hedge (a possibility, not a fact) and does not read it at all in a
question. When the question itself asks "May ...?", the text's "may" is a permission throughout, and a permission
is read like "can": one predicate per verb phrase ("may enter the vault"), related only by the rules. That is sound
while nothing links "may X" to plain "X": the grammar adds "whoever does X can do X" (`ability.py`), which holds
for ability and not for permission (someone may park where they may not), so the text is read so only when no
verb said after "may" is also said without it. "may not" is "cannot"; "May" as a month (inside a sentence, with a
capital) is left alone.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import is_word, lemma

_MAY = re.compile(r"\bmay(?P<neg> not)? (?P<verb>[a-z]+)\b")
_ASKED = re.compile(r"(?:^|(?<=[.!?\n])\s*)May (?P<subject>[A-Z][a-z]+|he|she|they|I|we) (?P<verb>[a-z]+)\b"
                    r"[^.!?]*\?\s*$")
_WORD = re.compile(r"[a-z]+")


def may_as_permission(text: str) -> str | None:
    """`text` with its permission "may" said as "can" (see the module notes); None when it is not read so."""
    asked = _ASKED.search(text)
    if asked is None:
        return None
    said = [m for m in _MAY.finditer(text)] + [asked]
    verbs = {lemma(m["verb"], "VERB") for m in said}
    if not all(is_word(v, "VERB") for v in verbs):
        return None
    rest = _ASKED.sub(" ", _MAY.sub(" ", text[:asked.start()])).lower()
    if any(lemma(w, "VERB") in verbs for w in _WORD.findall(rest)):
        return None  # "Raj parked in Lot B": an act beside its permission, which "can" would make an ability
    body = _MAY.sub(lambda m: f"{'cannot' if m['neg'] else 'can'} {m['verb']}", text[:asked.start()])
    question = "Can" + text[asked.start():].lstrip()[len("May"):]
    return f"{body.rstrip()} {question}".strip()
