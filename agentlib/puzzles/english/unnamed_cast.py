"""A counted cast whose names only the clues give: "Four runners ran a race with no ties. Ann finished first. ..."
read as "Four runners, Ann, Bo, Cy and Di, ran a race with no ties." when the sentences after it name exactly as
many people as it counts.

A puzzle typed in a hurry counts its cast and names them as it goes; the counted sentence then says what the named
people do, as the counted apposition (`counted_apposition.py`) says it when the names are listed. The names must be
exactly as many as the count: fewer leave someone unnamed (the row would hold people no clue names, and the grammar
refuses the count), more mean someone is not of the cast, and either way the sentence is left as typed. A name is a
word the clues capitalize where a name stands (opening a sentence before a verb, or after a comparison or place
word such as "than", "before" or "below"), never a function word or pronoun ("Each", "Nobody"). A word that is
also a dictionary word still counts ("Wes finished last", "Jack is first"): a name missed would fit the count
with someone left out, where one counted too many only leaves the sentence as typed.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.chat_case import NOT_NAMES
from agentlib.puzzles.english.words import NUMBER_WORDS, is_word, lemma

_START = r"(?:^|(?<=[.!?]\s)|(?<=\n))"  # scanning from each sentence start stays linear
# the counted sentence may list what they have after a colon ("Three friends each own one pet: a cat, a dog and a
# parrot."): the names the clues give are those of the cast, not of the things listed
_COUNTED = re.compile(rf"{_START}(?P<count>[A-Z][a-z]+) (?P<noun>[a-z]+) (?P<rest>[a-z][^A-Z.!?:\n]*?"
                      rf"(?::[^A-Z.!?:\n]*)?)\.(?=\s|$)")
_NAME = r"[A-Z][a-z]+"
_ROSTER = re.compile(r"\b[A-Z][a-z]+(?:, [A-Z][a-z]+)*,? and [A-Z][a-z]+\b")
# a name opening a clause before a verb, or the object of a word that relates two people of a cast
_NAMED = re.compile(rf"(?:(?:^\s*|[.!?,;]\s+|\band |\bbut |\bor )(?P<subject>{_NAME})"
                    rf"(?= (?:is|was|does|did|has|[a-z]+s|[a-z]+ed|came|ran|sat|stood|won|lost|got|beat|can|will)"
                    rf"(?:n['’]t)?\b)|"  # "Fern doesn't own the dog": a name before a verb said with "n't" too
                    rf"\b(?:than|before|after|behind|"
                    rf"below|above|beside|between|of|and|to|beat) (?P<object>{_NAME})\b)(?!')")


def named_from_clues(text: str) -> str:
    """`text` with a counted, unnamed cast named from the sentences after it (see the module notes); as typed when
    it has none, or the clues name a different number of people."""
    if _ROSTER.search(text) is not None:
        return text  # "Vivizu, Rulovi and Telo live in them": the cast is listed; the count is of something else
    for match in _COUNTED.finditer(text):
        count = NUMBER_WORDS.get(match.group("count").lower(), 0)
        if count < 2 or not _plural_noun(match.group("noun")):
            continue
        names = _names(text[match.end():])
        if len(names) != count:
            return text
        listed = ", ".join(names[:-1]) + f" and {names[-1]}"
        return f"{text[:match.start('rest')]}{listed}, {text[match.start('rest'):]}".replace(
            f"{match.group('noun')} {listed}", f"{match.group('noun')}, {listed}", 1)
    return text


def _plural_noun(word: str) -> bool:
    return is_word(word, "NOUN") and lemma(word, "NOUN") != word


def _names(text: str) -> list[str]:
    """The names `text` writes where a name stands, in the order first met (see the module notes)."""
    names: list[str] = []
    for match in _NAMED.finditer(text):
        name = match.group("subject") or match.group("object")
        if name.lower() in NOT_NAMES:
            continue  # "Each finished", "Nobody is": no one named
        if name not in names:
            names.append(name)
    return names
