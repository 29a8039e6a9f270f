"""A "with ..." adjunct at the end of a plain fact: "Ann went to the park with a friend." entails "Ann went to the
park.", so the plain question ("Did Ann go to the park?") may be asked of the fact without it.

Dropping words from a fact says less, so the rewrite is a weaker reading (`solve` keeps its answer only where more
premises would keep it), and only where the adjunct sits in a place that entails upward: a sentence that opens with
its named subjects and an action verb, with no negation, condition, quantifier or modal, whose last phrase is
"with" and a companion or instrument that names nobody ("a friend", "her sister", "two coworkers"; not "with Bo",
whose dropping would lose a person the cast counts). After "is" / "has" the phrase describes someone ("the woman
with a hat") and stays; questions keep theirs ("Did Ann go with a friend?" is asked as typed).
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import AUXILIARIES

_SUBJECTS = r"[A-Z][a-z]+(?:(?:, [A-Z][a-z]+)*,? and [A-Z][a-z]+)?"
_COMPANION = r"(?:an?|the|his|her|their|my|our|some|two|three|four|several) (?:[a-z]+ ){0,2}[a-z]+"
_FACT = re.compile(rf"^(?P<head>(?P<subjects>{_SUBJECTS}) (?P<verb>[a-z]+)\b[^,;:]*?) with {_COMPANION}"
                   rf"(?P<end>\.)$")
# words that make the fact no plain episode, where a dropped phrase may say more than the text
_BLOCKING = {"not", "never", "no", "if", "when", "whenever", "unless", "only", "every", "all", "each", "some", "any",
             "either", "neither", "nor", "or", "may", "might", "can", "could", "will", "would", "should", "must"}
_SENTENCE = re.compile(r"[^.!?]+[.!?]+")


def without_company(text: str) -> str | None:
    """`text` with the trailing "with ..." of each plain fact dropped; None when no fact has one."""
    changed, pieces, cursor = False, [], 0
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        sentence = text[start:end].strip()
        fact = _FACT.match(sentence)
        if fact is None or not _plain(fact["head"], fact["verb"]):
            continue
        pieces += [text[cursor:start], " " if start else "", fact["head"] + fact["end"]]
        cursor, changed = end, True
    if not changed:
        return None
    pieces.append(text[cursor:])
    return re.sub(r"[ \t]{2,}", " ", "".join(pieces)).strip()


def _plain(head: str, verb: str) -> bool:
    """An action verb in a fact with no negation, condition, quantifier or modal."""
    return verb not in AUXILIARIES and "n't" not in head and not set(re.findall(r"[a-z]+", head.lower())) & _BLOCKING
