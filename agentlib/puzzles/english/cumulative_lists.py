"""A cast and a list of as many things, joined by one verb: "Ed, Flo and Gus own a cat, a dog and a bird."

The sentence has two readings. Each of them owns all three (as "Ed and Flo own a car" says each owns one), or the
things are spread one each (as puzzles mean it: "Flo owns the bird. Who owns the cat?"). "each" before the verb
("Ed and Flo each own a cat and a dog") does not settle it, and nor does anything else in the sentence, so the text is
solved under both readings:

- one reading makes the statements contradict each other: the other is what the text means;
- both give the same answer: that answer;
- otherwise the answer depends on the reading, and the puzzle abstains saying so.

The cast must be names and the things indefinite ("a cat"), as many things as names; "one each", "respectively",
"between them", "together" or a colon settle the reading and leave the sentence to the grid reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agentlib.puzzles.english.words import is_word, third_person
from agentlib.puzzles.verdict import Verdict

_NAME = r"[A-Z][a-z]+"
_THING = r"(?:a|an) [a-z]+(?: [a-z]+)?"
_SENTENCE = re.compile(rf"(?:^|(?<=[.!?]\s))(?P<names>{_NAME}(?:, {_NAME})*,? and {_NAME}) "
                       rf"(?:(?P<each>each|both|all) )?(?P<verb>[a-z]+) "
                       rf"(?P<things>{_THING}(?:, {_THING})*,? and {_THING})\.")
_SETTLED = re.compile(r"\b(?:one each|apiece|respectively|between them|together|jointly|in some order|different)\b",
                      re.I)


def _split(listed: str) -> list[str]:
    return [part.strip() for part in re.split(r",? and |, ", listed) if part.strip()]


def cumulative_sentence(text: str) -> re.Match[str] | None:
    """The one sentence of `text` with both readings (see the module notes); None when it has none."""
    found = [m for m in _SENTENCE.finditer(text)
             if len(_split(m.group("names"))) == len(_split(m.group("things"))) and is_word(m.group("verb"), "VERB")
             and m.group("verb") not in ("are", "were", "is", "was") and not _SETTLED.search(m.group(0))]
    return found[0] if len(found) == 1 else None


def _each_owns_all(text: str, found: re.Match[str]) -> str:
    verb = third_person(found.group("verb")) if not found.group("verb").endswith("ed") else found.group("verb")
    said = " ".join(f"{name} {verb} {found.group('things')}." for name in _split(found.group("names")))
    return text[:found.start()] + said + text[found.end():]


def _one_each(text: str, found: re.Match[str]) -> str:
    said = f"{found.group('names')} {found.group('verb')} {found.group('things')}, one each."
    return text[:found.start()] + said + text[found.end():]


def either_reading(text: str, found: re.Match[str], solve: Callable[[str], Verdict], family: str) -> Verdict:
    """The verdict the text has under both of its readings (see the module notes)."""
    every = solve(_each_owns_all(text, found))
    spread = solve(_one_each(text, found))
    if every.failure == "unsat" and spread.status == "verified":
        spread.reason = f"{spread.reason} (read one each: read as each having all of them, the statements contradict)"
        return spread
    if spread.failure == "unsat" and every.status == "verified":
        return every
    if every.status == "verified" and spread.status == "verified" and every.answer == spread.answer:
        return every
    if every.status != "verified" and spread.status != "verified":
        return every
    sentence = found.group(0)
    return Verdict(family, "abstained", reason=f"{sentence!r} may mean that each has all of them or that they have "
                   "one each, and the answer depends on which", failure="ambiguous")
