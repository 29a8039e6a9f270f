"""A kind owned by a named person, said with a possessive: "All of Uma's friends like jazz", "Val is Uma's friend",
"Is Val Uma's neighbour?", "None of Ivo's students failed", "Sid is my friend".

The grammar reads the same kind with "of" ("all friends of Uma", "a friend of Uma"), as a noun with its
restriction, so the possessive is written that way first: a quantifier before it ("all (of)", "none of", "some (of)",
"no") becomes "all friends of Uma" / "no friends of Uma" / "some friends of Uma", and a predicate noun after "is" /
"was" becomes "a friend of Uma" (a question "Is Val Uma's friend?" too). Kin nouns (brother, mother, cousin, ...)
are the kinship grammar's and are left alone after "is" (a quantified kin plural becomes "all brothers of Ann",
which the grammar reads as the kinship relation), and so is a possessive followed by a name ("Uma's friend Bob", an
apposition) or by another noun ("Uma's friend's car", a thing). "Sid is my friend" (or our, your) is "Sid is one of
my friends": the speaker has many friends, and "my friends" is read as that kind. "Max is one of Sue's cousins" is
"Max is Sue's cousin" (one of a named owner's kind is a member of it), read then as above.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.kinship import KIN
from agentlib.puzzles.english.words import lemma

_NAME = r"[A-Z][a-z]+"
_NOUN = r"[a-z]+"
_END = r"(?=[.?!,;]|$| and | or | but | who | that )"
_QUANTIFIED = re.compile(rf"\b(?P<q>[Aa]ll(?: of)?|[Nn]one of|[Ss]ome(?: of)?) (?P<owner>{_NAME})'s "
                         rf"(?P<noun>{_NOUN}s|children)\b(?!')")
# "Val is Uma's friend" (a name before the verb) or "Is Val Uma's friend?" (a name after it)
_PREDICATE = re.compile(rf"(?:\b(?P<before>{_NAME}) (?P<verb>is|was|isn't|wasn't)(?P<neg> not)?|"
                        rf"\b(?P<qverb>Is|Was|Isn't|Wasn't)(?P<qneg> not)? (?P<subject>{_NAME})) "
                        rf"(?P<owner>{_NAME})'s (?P<noun>{_NOUN}){_END}")
# "Sid is my friend" / "Is Sid our neighbour?": one of the speaker's kind, as "one of my friends" is read
_MY_PREDICATE = re.compile(rf"(?:\b(?P<before>{_NAME}) (?P<verb>is|was|isn't|wasn't)(?P<neg> not)?|"
                           rf"\b(?P<qverb>Is|Was|Isn't|Wasn't)(?P<qneg> not)? (?P<subject>{_NAME})) "
                           rf"(?P<owner>my|our|your) (?P<noun>{_NOUN}){_END}")
# "Max is one of Sue's cousins" / "Is Max one of Sue's cousins?": a member of the owner's kind
_ONE_OF = re.compile(rf"(?:\b(?P<before>{_NAME}) (?P<verb>is|was|isn't|wasn't)(?P<neg> not)?|"
                     rf"\b(?P<qverb>Is|Was|Isn't|Wasn't)(?P<qneg> not)? (?P<subject>{_NAME})) one of "
                     rf"(?P<owner>{_NAME})'s (?P<noun>{_NOUN}s|children){_END}")
_FLOATED = re.compile(rf"^(?P<owner>{_NAME})'s (?P<noun>{_NOUN}s) (?:(?P<verb>are|were|can|will|do|did|have) )?all ")
_NOT_NAMES = {"This", "That", "It", "He", "She", "They", "There", "Here", "What", "Who", "Which", "The", "Everyone",
              "Nobody", "Someone", "Everybody", "Somebody", "One", "Each", "Who's"}
_KIN_PLURALS = {"children", "kids", "siblings", "cousins", "grandchildren", "parents", "grandparents", "relatives",
                "relations"}


_NOT_KINDS = {"what", "who", "whom", "whose", "which", "one", "ones", "own"}  # "Rize is Zeko's what?"


def _is_kin(noun: str) -> bool:
    """Kin nouns (the kinship grammar's) and question words: both are left as they are."""
    singular = noun[:-1] if noun.endswith("s") else noun
    return noun in KIN or singular in KIN or noun in _KIN_PLURALS or noun.endswith("-in-law") or noun in _NOT_KINDS


# "All of my cousins", "none of our brothers", "my cousins all ...": the speaker's kin spoken of as a group
_SPEAKER_KIN_GROUP = re.compile(r"\b(?:(?:all|none|some|each|every one|most|any|both)(?: of)? (?:my|our)|(?:my|our))"
                                r" (?P<noun>[a-z]+s|children)\b", re.I)


def speaker_kin_groups(text: str) -> frozenset[str]:
    """Kin nouns (singular) that `text` uses for a group of the speaker's ("All of my cousins live in Ohio.")."""
    return frozenset(lemma(m.group("noun").lower(), "NOUN") for m in _SPEAKER_KIN_GROUP.finditer(text)
                     if _is_kin(m.group("noun").lower()))


def spell_possessive_kinds(sentence: str, kin_groups: frozenset[str] = frozenset()) -> str:
    """`sentence` with "X's friends" after a quantifier and "is X's friend" written as kinds "of X". "Jake is my
    cousin" is "Jake is one of my cousins" where the text speaks of "my cousins" as a group (`kin_groups`):
    one of them, as with "my friend"; elsewhere "my cousin" stays the kinship grammar's."""
    def quantified(match: re.Match[str]) -> str:
        noun = match.group("noun")
        if _is_kin(noun) and lemma(noun, "NOUN") not in KIN:
            return match.group(0)
        q = match.group("q")
        head = {"all": "all", "all of": "all", "none of": "no", "some": "some", "some of": "some"}[q.lower()]
        head = head.capitalize() if q[0].isupper() else head
        return f"{head} {noun} of {match.group('owner')}"

    def predicate(match: re.Match[str]) -> str:
        noun = match.group("noun")
        if _is_kin(noun) or match.group("before") in _NOT_NAMES or match.group("subject") in _NOT_NAMES:
            return match.group(0)
        article = "an" if noun[0] in "aeiou" else "a"
        said = f"{match.group('before')} {match.group('verb')}{match.group('neg') or ''}" if match.group("before") \
            else f"{match.group('qverb')}{match.group('qneg') or ''} {match.group('subject')}"
        return f"{said} {article} {noun} of {match.group('owner')}"

    def mine(match: re.Match[str]) -> str:
        noun = match.group("noun")
        grouped = noun in kin_groups
        if _is_kin(noun) and not grouped or noun.endswith("s") or match.group("before") in _NOT_NAMES or \
                match.group("subject") in _NOT_NAMES:
            return match.group(0)  # "my mother" is one person (the kinship grammar's); "my glasses" no kind
        said = f"{match.group('before')} {match.group('verb')}{match.group('neg') or ''}" if match.group("before") \
            else f"{match.group('qverb')}{match.group('qneg') or ''} {match.group('subject')}"
        return f"{said} one of {match.group('owner')} {_plural(noun)}"

    def one_of(match: re.Match[str]) -> str:
        if match.group("before") in _NOT_NAMES or match.group("subject") in _NOT_NAMES:
            return match.group(0)
        said = f"{match.group('before')} {match.group('verb')}{match.group('neg') or ''}" if match.group("before") \
            else f"{match.group('qverb')}{match.group('qneg') or ''} {match.group('subject')}"
        return f"{said} {match.group('owner')}'s {lemma(match.group('noun'), 'NOUN')}"

    sentence = _ONE_OF.sub(one_of, _MY_PREDICATE.sub(mine, sentence))
    return _PREDICATE.sub(predicate, _QUANTIFIED.sub(quantified, _FLOATED.sub(floated, sentence)))


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def floated(match: re.Match[str]) -> str:
    """ "Ann's brothers are all doctors" / "Ann's brothers all swim": the "all" floated after the subject is the
    subject's quantifier, "All of Ann's brothers are doctors"."""
    verb = f" {match.group('verb')}" if match.group("verb") else ""
    return f"All of {match.group('owner')}'s {match.group('noun')}{verb} "

