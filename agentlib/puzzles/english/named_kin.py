"""Kin introduced by "has" and named in apposition: "Bill has two children, Amy and Joe.", "Dave has a son named
Sam.", "Ivy has a daughter, Mia." Each named one becomes a possessive sentence the kinship grammar reads ("Amy is
Bill's child."); a kin named in apposition to a possessive ("Xavier's sister Yara has a son.") is said apart
("Yara is Xavier's sister." then "Yara has a son."). The count must agree with the names listed ("two children,
Amy" is refused), and the sentence must end with the names, so "has a sister named Tina and two brothers" (an
unnamed rest) is left to the grammar."""

from __future__ import annotations

import re

from agentlib.puzzles.english.kinship import KIN

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_PLURALS = {"children": "child", "kids": "child", "sons": "son", "daughters": "daughter", "brothers": "brother",
            "sisters": "sister", "siblings": "sibling", "cousins": "cousin", "grandchildren": "grandchild",
            "grandsons": "grandson", "granddaughters": "granddaughter", "nieces": "niece", "nephews": "nephew",
            "aunts": "aunt", "uncles": "uncle"}
_NAME = r"[A-Z][a-z]+"
_HAS_KIN = re.compile(
    rf"^(?P<owner>{_NAME}) (?:has|had|has got) (?P<count>\w+) (?P<noun>[a-z-]+)(?:,| named| called|:) "
    rf"(?P<names>{_NAME}(?:(?:,| and|, and) {_NAME})*)\.?$")


# "Ann's brother Bob lives in Rome": a name in apposition to a possessive kin noun, then what is said of it (a verb
# or copula in lower case; a conjunction after the name would leave unclear what the apposition covers)
_APPOSED_KIN = re.compile(
    rf"^(?P<owner>{_NAME})'s (?P<noun>[a-z-]+),? (?P<name>{_NAME}),? (?P<rest>(?!and |or |but )[a-z].*)$")
_MARRIED = re.compile(rf"^(?P<a>{_NAME}) (?:is|was|got|has been) married to (?P<b>{_NAME})\.?$")


def unfold_named_kin(sentence: str) -> list[str]:
    """ "Bill has two children, Amy and Joe." -> ["Amy is Bill's child.", "Joe is Bill's child."]; "Karen is married
    to Steve." -> ["Karen is Steve's spouse."]; "Ann's son Bob is tall." -> ["Bob is Ann's son.", "Bob is tall."];
    the sentence itself, unchanged, when it is of none of these shapes."""
    apposed = _APPOSED_KIN.match(sentence.strip())
    if apposed is not None and apposed.group("noun") in KIN and apposed.group("owner") != apposed.group("name"):
        name = apposed.group("name")
        return [f"{name} is {apposed.group('owner')}'s {apposed.group('noun')}.",
                *unfold_named_kin(f"{name} {apposed.group('rest')}")]
    married = _MARRIED.match(sentence.strip())
    if married is not None and married.group("a") != married.group("b"):
        return [f"{married.group('a')} is {married.group('b')}'s spouse."]
    match = _HAS_KIN.match(sentence.strip())
    if match is None:
        return [sentence]
    count = _COUNTS.get(match.group("count").lower())
    noun = match.group("noun").lower()
    noun = _PLURALS.get(noun, noun) if count != 1 else noun
    names = re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("names"))
    if count is None or noun not in KIN or count != len(names) or match.group("owner") in names:
        return [sentence]
    owner = match.group("owner")
    return [f"{name} is {owner}'s {noun}." for name in names]
