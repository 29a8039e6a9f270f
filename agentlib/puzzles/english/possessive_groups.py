"""A group named with the speaker's possessive ("All my hens lay eggs.") and a member typed without it ("Bessie is a
hen."): the grammar reads "my hens" as hens (the speaker's "my" names no one), so Bessie would be one of them, but
the sentence does not say she is the speaker's hen. "Is Bessie laying eggs?" is then not settled.

`bare_members` finds such membership sentences; the caller reads the text again without them, and an answer stands
only where both readings agree (the true reading, "a hen, perhaps not mine", lies between the two: it says no more
than the first and no less than the second). "Bessie is my hen" / "one of my hens" says the possessive and is kept.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.text import split_sentences
from agentlib.puzzles.english.words import lemma

_POSSESSIVE_GROUP = re.compile(r"\b(?:all|every|each|none|some|no|any|most|few|many)\s+(?:of\s+)?(?:my|our|your)\s+"
                               r"(?P<noun>[a-z]+)(?:\s+(?P<second>[a-z]+))?", re.I)
_BARE_MEMBER = re.compile(r"^\s*(?P<who>[A-Z][a-z]+) (?:is|was) (?:a|an) (?:[a-z]+ )?(?P<noun>[a-z]+)[.!]?\s*$")


def bare_members(text: str) -> list[str]:
    """The sentences "X is a NOUN." whose noun names a group the text owns ("all my NOUNs"), in text order."""
    # the noun, or the word after an adjective ("all my old hens"): a word too many only asks one check more
    owned = {lemma(word.lower(), "NOUN") for m in _POSSESSIVE_GROUP.finditer(text)
             for word in (m.group("noun"), m.group("second") or "") if word}
    if not owned:
        return []
    return [s for s in split_sentences(text) if (m := _BARE_MEMBER.match(s)) and
            lemma(m.group("noun"), "NOUN") in owned]


def without_sentences(text: str, dropped: list[str]) -> str:
    """`text` with each of the `dropped` sentences taken out once."""
    for sentence in dropped:
        text = text.replace(sentence.strip(), " ", 1)
    return text
