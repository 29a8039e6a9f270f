"""Questions that count people: "How many knights are there?", "How many of them are lying?".

Such a question asks who satisfies a description and wants the number, so it is read as the matching "who"
question and the count of the people it holds for is what every solution must agree on:

    "How many knaves are there (among them)?"       -> "Who is a knave?"
    "How many of them (/ of us / of the three) lie?" -> "Who lies?"
    "How many are telling the truth?"                 -> "Who is telling the truth?"

Only the whole cast is counted: "of the three" must be the cast's size, and "how many people ..." is every person.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import NUMBER_WORDS, is_word, lemma, third_person

_THERE = re.compile(r"^how many (?P<noun>[a-z][a-z-]*s) (?:are|were) there(?: (?:among|of) (?:them|us|the \w+))?$")
_GROUP = r"of (?:them|us|these|those|the (?P<number>\w+)(?: (?!(?:is|was|does|has)\b)[a-z]+s)?|(?:the )?people)|people"
_AMONG = re.compile(rf"^how many (?:{_GROUP}) (?P<rest>[a-z].*)$|"
                    r"^how many (?P<bare>(?:are|were|always|lie|lied|lies|tell|tells|told)\b.*)$")


def who_text(low: str, cast_size: int) -> str | None:
    """The "who" question a counting question asks (lower case, no question mark), or None when `low` is none."""
    there = _THERE.match(low)
    if there is not None:
        return _who_is(lemma(there.group("noun"), "NOUN"))
    among = _AMONG.match(low)
    if among is None:
        return None
    number = among.group("number")
    if number is not None and NUMBER_WORDS.get(number, int(number) if number.isdigit() else -1) != cast_size:
        return None  # "how many of the two ..." in a puzzle of three names a part of the cast
    rest = among.group("rest") or among.group("bare")
    plural = re.match(r"^(?:are|were) ([a-z][a-z-]*s)$", rest)
    if plural is not None:  # "how many of them are knights" asks, of each, "is a knight"
        return _who_is(lemma(plural.group(1), "NOUN"))
    verb, _, tail = rest.partition(" ")
    singular = {"are": "is", "were": "was", "do": "does", "have": "has"}.get(verb)
    if singular is None and is_word(verb, "VERB") and lemma(verb, "VERB") == verb:
        singular = third_person(verb)  # "how many of them like tea": "who likes tea", of each
    return "who " + " ".join(w for w in (singular or verb, tail) if w)


def _who_is(noun: str) -> str:
    return f"who is {'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


__all__ = ["who_text"]
