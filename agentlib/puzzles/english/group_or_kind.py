"""A quantity of a group noun that is also a kind in the text: "None of the students failed. Zara is a student. Did
Zara fail?" The grammar reads "the students" two ways, as the people the puzzle names (the cast of a knights
puzzle: "none of the inhabitants lies") and as every student; the sentence had two readings and the puzzle
abstained.

When some sentence also uses the noun as a kind ("Zara is a student", "Is Bo a student?"), the text is read both
ways, "No student failed." and "None of them failed." (the people named), and an answer stands only where both
readings give it; where they differ the puzzle abstains and says so. Readings that are not read at all leave the
text as it was (the caller's abstention stands).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agentlib.puzzles.english.grammar import GROUP_NOUNS
from agentlib.puzzles.english.words import lemma
from agentlib.puzzles.verdict import Verdict

# the grammar's group nouns that are also kinds people are said to be ("inhabitants" and "guys" name a cast only)
_NOUNS = sorted(GROUP_NOUNS - {"inhabitants", "guys"})
_QUANTIFIED = re.compile(rf"\b(?P<quantity>[Nn]one|[Aa]ll|[Ee]ach|[Ss]ome|[Mm]ost) of the "
                         rf"(?P<noun>{'|'.join(_NOUNS)})\b")
_KIND_WORDS = {"none": "no", "all": "all", "each": "each", "some": "some"}


def _kind_said(text: str, noun: str) -> bool:
    """Is `noun` (plural) also said of someone as a kind: "Zara is a student", "Is Bo a student?", "Ann and Bo are
    students", "students who ..."?"""
    singular = lemma(noun, "NOUN")
    return re.search(rf"\b(?:is|was|are|were|be) (?:[A-Z][a-z]+ )?(?:a |an |one of the )?{singular}\b|"
                     rf"\b(?:is|was|are|were)\b[^.?!]*\b{noun}\b(?! of)", _QUANTIFIED.sub("", text),
                     re.I) is not None


def _as_kind(match: re.Match[str]) -> str:
    word = _KIND_WORDS[match.group("quantity").lower()]
    noun = match.group("noun")
    said = f"{word} {lemma(noun, 'NOUN')}" if word in ("no", "each") else f"{word} {noun}"
    return said.capitalize() if match.group("quantity")[0].isupper() else said


def _as_cast(match: re.Match[str]) -> str:
    return f"{match.group('quantity')} of them"


def _said_as(text: str, said: Callable[[re.Match[str]], str]) -> str:
    """`text` with each quantified group phrase but "most of the ..." said as `said` says it."""
    return _QUANTIFIED.sub(lambda m: m.group(0) if m.group("quantity").lower() == "most" else said(m), text)


def group_or_kind_verdict(text: str, solve: Callable[[str], Verdict]) -> Verdict | None:
    """The verdict both readings agree on, an abstention where they differ, or None where the text has no such
    phrase or a reading is not read (see the module docstring)."""
    found = [m for m in _QUANTIFIED.finditer(text) if m.group("quantity").lower() != "most"]
    if not found or not all(_kind_said(text, m.group("noun")) for m in found):
        return None
    kind, cast = solve(_said_as(text, _as_kind)), solve(_said_as(text, _as_cast))
    if kind.failure == "not_parsed" or cast.failure == "not_parsed":
        return None
    if kind.verified and cast.verified and kind.answer == cast.answer:
        kind.reason += f" ('{found[0].group(0)}' read as every {lemma(found[0].group('noun'), 'NOUN')} and as the " \
                       "people named: the answer is the same)"
        return kind
    if kind.verified or cast.verified:
        return Verdict("english", "abstained", failure="ambiguous",
                       reason=f"'{found[0].group(0)}' may mean every {lemma(found[0].group('noun'), 'NOUN')} or the "
                              "people the text names, and the answer differs between them")
    return None
