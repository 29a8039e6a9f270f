"""Which person a "he / she / him / her" means, and when that is a guess.

The grammar resolves a pronoun to the last subject named. People's names carry no gender here, so where two or
more people are named before the pronoun ("If Kim meets Lu, she waves") any choice is a guess, and a reader that
answers must abstain instead. Shared by `analyze` (arguments) and `solve` (questions), which read the same English.
"""

from __future__ import annotations

import re
from typing import Any

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def unclear_pronoun(sentences: list[str], reading: Any) -> tuple[str, str, list[str]] | None:
    """(sentence, pronoun, candidates) for a personal pronoun that two or more people could mean: the people named
    before it in its sentence, or else in the sentence before ("If Tom meets Bill, he is happy"); None when every
    pronoun has at most one candidate. `reading` is the text's reading (its names, and which of them are places)."""
    names = set(reading.lexicon.names) - _places(reading)
    previous: list[str] = []
    for sentence in sentences:
        seen: list[str] = []
        for clause in re.split(r"[,;:]", sentence):
            words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", clause)]
            for index, low in enumerate(words):
                if low in names and low not in seen:
                    seen.append(low)
                elif low in PERSONAL_PRONOUNS:
                    # a pronoun never means a name later in its own clause ("if she moves to Boston": not Boston)
                    later = set(words[index + 1:])
                    candidates = [c for c in (seen or previous) if c not in later]
                    if len(candidates) >= 2:
                        return sentence, low, [c.capitalize() for c in candidates]
        previous = seen
    return None


def _places(reading: Any) -> set[str]:
    """Names the premises read only inside a predicate, never as an individual ("Luz is in Paris": in_paris(luz)):
    places, which "he / she" cannot mean. A name in an unread sentence is kept (nothing says what it is there)."""
    from agentlib.puzzles.english.logic import Atom, Const, slug, walk

    if reading.unparsed:
        return set()
    atoms = [n for _, f, _ in reading.premises for n in walk(f) if isinstance(n, Atom)]
    individuals = {t.key for a in atoms for t in a.args if isinstance(t, Const)}
    folded = {w for a in atoms for w in a.predicate.split("_")}
    return {low for low, display in reading.lexicon.names.items()
            if slug(display) not in individuals and slug(display) in folded}
