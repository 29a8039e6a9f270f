"""A superlative over a named group: "Ann, Bo and Cy are brothers. ... Who is the youngest brother?".

"The youngest brother", "which brother is the youngest", "which of the sisters is tallest", "the second oldest of the
brothers" and "the middle brother" rank only the group's members, which may be a few of the people named (Di, not a
brother, may be younger than them all), so the grammar's superlative (a place among everyone) does not read them.
The group is the names one sentence lists as the plural noun ("Ann, Bo and Cy are brothers.", "The sisters are Ann
and Bo.", "There are three brothers: Ann, Bo and Cy."), read as exactly those people. Each member's place in the group
is then decided pair by pair, as yes/no questions the grammar answers ("Is Bo younger than Cy?"): a member is the
k-th from the top when the statements entail that k - 1 members are above it and the rest below. One member so
placed is the answer; none (the order is left open) or a text that speaks of the noun elsewhere ("Di is a brother
too", "Every brother ...": membership the list would not settle) abstains.

Left out: a group named in two sentences, groups given by kin ("Ann has two brothers, Bo and Cy"), "the middle" of
an even group (no middle member), and "middle" when the text compares on more than one scale (which one is unsaid).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from agentlib.numwords import small_number
from agentlib.puzzles.english.words import comparative
from agentlib.puzzles.verdict import Certificate, Check, Verdict

_NAME = r"[A-Z][a-z]+"
_NAMES = rf"{_NAME}(?:, {_NAME})*,? and {_NAME}"
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_SUPERLATIVE = r"(?:(?P<ordinal>second|third|fourth|fifth) )?(?P<sup>(?:most|least) [a-z]+|[a-z]+est|best|worst)"
_COUNT = r"(?:(?P<count>two|three|four|five|six|\d) )?"

# the sentence that lists the group, with its noun in the plural
_GROUP_SENTENCES = [
    re.compile(rf"^(?:[^:]*: )?(?P<names>{_NAMES}) are (?:all )?{_COUNT}(?P<noun>[a-z]+s)[.!]?$"),
    re.compile(rf"^The {_COUNT}(?P<noun>[a-z]+s) are (?P<names>{_NAMES})[.!]?$"),
    re.compile(rf"^There are {_COUNT}(?P<noun>[a-z]+s)[:,] (?P<names>{_NAMES})[.!]?$"),
]
# the question, with the noun singular ("brother") or plural ("brothers")
_QUESTIONS = [
    re.compile(rf"^(?:Who|Which one) is the {_SUPERLATIVE} (?P<noun>[a-z]+)\?$"),
    re.compile(rf"^Which (?P<noun>[a-z]+) is (?:the )?{_SUPERLATIVE}(?: one)?\?$"),
    re.compile(rf"^Which of the {_COUNT}(?P<noun>[a-z]+) is (?:the )?{_SUPERLATIVE}(?: one)?\?$"),
    re.compile(rf"^(?:Who|Which one) is (?:the )?{_SUPERLATIVE} (?:of|among) the {_COUNT}(?P<noun>[a-z]+)\?$"),
    re.compile(r"^(?:Who|Which one) is the (?P<middle>middle) (?P<noun>[a-z]+)\?$"),
    re.compile(r"^Which (?P<noun>[a-z]+) is (?:in the (?P<middle>middle)|the (?P<middle_one>middle) one)\?$"),
]
_COMPARATIVE_THAN = re.compile(r"\b(?P<word>(?:more|less) [a-z]+|[a-z]+er) than\b")


@dataclass(frozen=True)
class GroupRank:
    """The statements, the group's members, the comparative that orders them (`higher`: "younger" for the
    youngest), the place asked from the top of that order (1 for the superlative), and the noun for the reply."""

    premises: str
    members: tuple[str, ...]
    higher: str
    place: int
    noun: str


def read_group_rank(text: str) -> GroupRank | None:
    """The group superlative `text` asks, or None when it asks none (or one this reading would not settle)."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    if len(sentences) < 2:
        return None
    question, statements = sentences[-1].strip(), [s.strip() for s in sentences[:-1]]
    asked = next((m for m in (p.match(question) for p in _QUESTIONS) if m is not None), None)
    if asked is None:
        return None
    found = [(k, m) for k, s in enumerate(statements) for m in (p.match(s) for p in _GROUP_SENTENCES)
             if m is not None and _same_noun(m.group("noun"), asked.group("noun"))]
    if len(found) != 1:
        return None
    index, group = found[0]
    members = tuple(re.findall(_NAME, group.group("names")))
    if len(set(members)) != len(members) or len(members) < 2 or not _counts_fit(group, asked, len(members)):
        return None
    noun = group.group("noun")
    others = statements[:index] + statements[index + 1:]
    if any(re.search(rf"\b{noun[:-1]}s?\b", s, re.I) for s in others):
        return None  # the noun spoken of again: membership may reach beyond the list
    higher_place = _asked_order(asked, others, len(members))
    if higher_place is None:
        return None
    higher, place = higher_place
    premises = " ".join([f"{_listed(members)} are {noun}.", *others])
    return GroupRank(premises, members, higher, place, noun[:-1])


def _same_noun(plural: str, asked: str) -> bool:
    return asked in (plural, plural[:-1])


def _counts_fit(group: re.Match[str], asked: re.Match[str], size: int) -> bool:
    """ "three brothers" / "of the three brothers" must count the members listed."""
    for match in (group, asked):
        count = match.groupdict().get("count")
        if count and small_number(count) != size:
            return False
    return True


def _asked_order(asked: re.Match[str], others: list[str], size: int) -> tuple[str, int] | None:
    """(the comparative that puts a member above another, the place asked counted from the top)."""
    if asked.groupdict().get("middle") or asked.groupdict().get("middle_one"):
        if size % 2 == 0:
            return None  # an even group has no middle member
        scales = {_comparative_base(m.group("word")) for s in others for m in _COMPARATIVE_THAN.finditer(s)}
        scales.discard(None)
        if len(scales) != 1:
            return None  # middle on which scale: none or several compared
        return scales.pop(), (size + 1) // 2  # type: ignore[return-value]
    superlative = asked.group("sup")
    place = _ORDINALS.get(asked.group("ordinal") or "", 1)
    if place > size:
        return None
    if superlative.startswith(("most ", "least ")):
        degree, adjective = superlative.split(" ")
        return f"{'more' if degree == 'most' else 'less'} {adjective}", place
    found = comparative(superlative)
    if found is None or found[1] != "est":
        return None
    higher = _comparative_of(found[0])
    return (higher, place) if higher is not None else None


def _comparative_base(word: str) -> str | None:
    """ "older" / "younger" -> "older" (one word per scale, so the two directions count as one scale)."""
    from agentlib.puzzles.english.words import _ANTONYMS

    if word.startswith(("more ", "less ")):
        return "more " + word.split(" ")[1]
    found = comparative(word)
    if found is None or found[1] != "er":
        return None
    scale, sign = _ANTONYMS.get(found[0], (found[0], 1))
    if sign < 0:
        up = next((w for w, (s, d) in _ANTONYMS.items() if s == scale and d > 0), None)
        return _comparative_of(up) if up is not None else None
    return _comparative_of(found[0])


def _comparative_of(base: str) -> str | None:
    from lemminflect import getInflection

    forms = getInflection(base, tag="JJR")
    return forms[0] if forms else None


def _listed(names: tuple[str, ...]) -> str:
    return ", ".join(names[:-1]) + f" and {names[-1]}"


def solve_group_rank(rank: GroupRank, decide: Callable[[str], Verdict]) -> Verdict:
    """The member at the place asked, each pair decided by `decide` (the grammar's solver on a yes/no question)."""
    answers: dict[tuple[str, str], bool] = {}
    checks: list[Check] = []
    unsettled: list[Verdict] = []

    def above(a: str, b: str) -> bool | None:
        """Whether the statements entail that `a` is `higher` than `b`; None when a question is not settled as
        read (not understood, or the statements contradict)."""
        if (a, b) not in answers:
            verdict = decide(f"{rank.premises} Is {a} {rank.higher} than {b}?")
            if not verdict.verified or verdict.answer not in ("yes", "no", "cannot be determined"):
                unsettled.append(verdict)
                return None
            answers[(a, b)] = verdict.answer == "yes"
            checks.append(Check(f"{a} {rank.higher} than {b}", "holds" if answers[(a, b)] else "fails",
                                f"as a yes/no question: {verdict.answer}"))
        return answers[(a, b)]

    placed: list[str] = []
    for member in rank.members:
        over = under = 0
        for other in rank.members:
            if other == member:
                continue
            lower = above(member, other)
            higher = False if lower else above(other, member)
            if higher is None or lower is None:
                why = unsettled[-1]  # its unread sentences, so that a remark not read can be set aside and retried
                return Verdict("english", "abstained", reason=f"whether {other} is {rank.higher} than {member} was "
                               f"not settled as a yes/no question: {why.reason}", failure=why.failure or "not_parsed",
                               unparsed=list(why.unparsed))
            over, under = over + higher, under + lower
            if not (higher or lower) or over > rank.place - 1 or under > len(rank.members) - rank.place:
                break  # this member's place is open or another one: the rest of its pairs need not be asked
        else:
            placed.append(member)
    if len(placed) != 1:
        return Verdict("english", "abstained", reason=f"the statements do not place one {rank.noun} there "
                       f"({', '.join(placed) or 'none is forced'})", failure="ambiguous",
                       certificate=Certificate("pairs of the group, each decided", tuple(checks)))
    return Verdict("english", "verified", answer=placed[0],
                   reason=f"of the {rank.noun}s {_listed(rank.members)}, only {placed[0]} is forced to that place",
                   certificate=Certificate("entailment for each pair of the group, as yes/no questions", tuple(checks)))


__all__ = ["GroupRank", "read_group_rank", "solve_group_rank"]
