"""A comparison closed by an auxiliary: "Ann is taller than Bo is", "Ann runs faster than Bo does" say what "Ann is
taller than Bo" and "Ann runs faster than Bo" say; the auxiliary stands for the verb phrase already said.

Only an auxiliary that ends its clause is dropped, only after a short subject (a name, or "the"/"a"/"her" plus at
most two words), and only in the tense of the clause it closes: "taller than Bo thinks" (a comparison with a
belief) and "older than Bo was" (with Bo at another time) keep their words and stay unread.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.verb_forms import finite_form

_PRESENT = {"is", "are", "am", "does", "do", "can", "will", "has", "have"}
_PAST = {"was", "were", "did", "could", "would", "had"}
_SUBJECT = r"(?:[A-Z][a-z]+|(?:the|a|an|his|her|their|my|our|your) [a-z]+(?: [a-z]+)?|he|she|they|I|we|you)"
_CLOSED = re.compile(rf"\b(?P<kept>than {_SUBJECT}) (?P<aux>{'|'.join(sorted(_PRESENT | _PAST))})"
                     r"(?= *(?:[.,;?!]|$|\band\b|\bbut\b|\bso\b))")


def _tense(words: list[str]) -> str:
    """ "present", "past", or "" when the words before "than" show neither or both."""
    present = any(w in _PRESENT or finite_form(w) == "present" for w in words)
    past = any(w in _PAST or finite_form(w) == "past" and (k == 0 or words[k - 1] not in _PRESENT)
               for k, w in enumerate(words))
    return "present" if present and not past else "past" if past and not present else ""


def without_than_auxiliary(sentence: str) -> str:
    """ "Ann is taller than Bo is." -> "Ann is taller than Bo."; anything else unchanged."""
    def closed(match: re.Match[str]) -> str:
        clause = re.split(r"[,;]|\band\b|\bbut\b", sentence[:match.start()])[-1]
        tense = _tense(re.findall(r"[a-z']+", clause.lower()))
        wanted = "present" if match.group("aux") in _PRESENT else "past"
        return match.group("kept") if tense == wanted else match.group(0)
    return _CLOSED.sub(closed, sentence)
