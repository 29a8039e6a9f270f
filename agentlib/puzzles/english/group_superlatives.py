"""Above everyone in a group: "Maya is taller than everyone else in her class", "Leo is the tallest in the class".

Both say that the person is in the group and that everyone else in it is below them on the scale; they are written
so, as sentences the grammar reads ("Maya is in the class. Everyone in the class other than Maya is shorter than
Maya."), the opposite comparative taken from the scale's antonym. A group owned by someone ("her class", "Maya's
class") becomes "the class" when every mention of that kind of group in the text has the same owner (or none), so
"Nina is in Maya's class" meets "her class"; two owners ("Maya's class", "Omar's class") leave the text as it is.

Left out: a noun after the superlative ("the tallest boy in his class": boys only), "of the cousins" groups, and a
scale with no antonym in the lexicon ("smartest"): those sentences stay and abstain if not read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agentlib.puzzles.english.words import _ANTONYMS, comparative

_NAME = r"[A-Z][a-z]+"
_OWNED = re.compile(rf"\b(?:(?P<owner>{_NAME})'s|(?P<pronoun>her|his|their)|the) (?P<group>class|team|family|group|"
                    r"club|school)\b")
_ABOVE_ALL = re.compile(rf"^(?P<who>{_NAME}) is (?P<word>[a-z]+) than (?:everyone|everybody|anyone|anybody) "
                        rf"else in the (?P<group>[a-z]+)(?P<end>[.!]?)$")
_THE_MOST = re.compile(rf"^(?P<who>{_NAME}) is the (?P<word>[a-z]+)(?: (?:person|one|kid))? in the (?P<group>[a-z]+)"
                       rf"(?P<end>[.!]?)$")


@lru_cache(maxsize=256)
def _opposite(base: str) -> str | None:
    """ "tall" -> "shorter": the comparative of the antonym on the same scale, or None."""
    from lemminflect import getInflection

    scale, sign = _ANTONYMS.get(base, (None, 0))
    other = next((word for word, (s, d) in _ANTONYMS.items() if s == scale and d == -sign), None)
    if other is None:
        return None
    forms = getInflection(other, tag="JJR")
    return forms[0] if forms else None


def _one_group(sentences: list[str]) -> list[str]:
    """Each owned group written "the <group>", when the text gives that kind of group a single owner."""
    owners: dict[str, set[str]] = {}
    for sentence in sentences:
        subject = re.match(rf"^({_NAME})\b", sentence.strip())
        for m in _OWNED.finditer(sentence):
            owner = m.group("owner") or (subject.group(1) if m.group("pronoun") and subject else None)
            if m.group("pronoun") and owner is None:
                owner = "?"  # "her class" with no named subject: whose is not known
            owners.setdefault(m.group("group"), set()).update({owner} if owner else set())
    single = {group for group, who in owners.items() if len(who) <= 1 and "?" not in who}
    return [_OWNED.sub(lambda m: f"the {m.group('group')}" if m.group("group") in single else m.group(0), s)
            for s in sentences]


def _unfold(sentence: str) -> list[str]:
    text = sentence.strip()
    for pattern, degree in ((_ABOVE_ALL, "er"), (_THE_MOST, "est")):
        m = pattern.match(text)
        if m is None:
            continue
        found = comparative(m.group("word"))
        opposite = _opposite(found[0]) if found is not None and found[1] == degree else None
        if opposite is None:
            return [sentence]
        who, group = m.group("who"), m.group("group")
        return [f"{who} is in the {group}.",
                f"Everyone in the {group} other than {who} is {opposite} than {who}{m.group('end') or '.'}"]
    return [sentence]


def unfold_group_superlatives(sentences: list[str]) -> list[str]:
    """The sentences with "above everyone else in the group" written as membership and a rule."""
    if not any(_OWNED.search(s) for s in sentences):
        return sentences
    return [part for s in _one_group(sentences) for part in _unfold(s)]


__all__ = ["unfold_group_superlatives"]
