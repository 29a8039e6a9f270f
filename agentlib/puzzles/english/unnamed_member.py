"""A grid whose cast is counted but one of them is never named: "Three friends each ordered a different drink: tea,
coffee and juice. Mia did not order tea. Noah ordered coffee. What did the third friend order?" / "Who ordered
tea?" (the third friend).

The count and the names the clues use leave exactly one member unnamed; the text may call that member "the third
friend" (an ordinal equal to the count) or "the other / remaining / last friend". The puzzle is read again with the
member named by a stand-in listed in the declaration, and an answer naming the stand-in is given in the text's own
words ("the third friend" where the text never calls it anything). Where the names are not exactly one fewer than
the count (a name the dictionary also knows, "Rose", may hide among the words), nothing is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agentlib.puzzles.english.words import NUMBER_WORDS, is_word
from agentlib.puzzles.verdict import Verdict

_STAND_IN = "Quenby"
_GROUPS = {"friends": "friend", "kids": "kid", "children": "child", "people": "person", "students": "student",
           "sisters": "sister", "brothers": "brother", "girls": "girl", "boys": "boy", "guests": "guest",
           "players": "player", "neighbours": "neighbour", "neighbors": "neighbor", "cousins": "cousin",
           "coworkers": "coworker", "colleagues": "colleague", "roommates": "roommate"}
_ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
_DECLARED = re.compile(rf"(?:^|(?<=[.!?]\s))(?P<count>[A-Z][a-z]+) (?P<group>{'|'.join(_GROUPS)}) (?P<rest>[a-z][^.!?]*"
                       rf"[.!?])")
_NAME = re.compile(r"\b[A-Z][a-z]+\b")


def unnamed_member_verdict(text: str, solve: Callable[[str], Verdict]) -> Verdict | None:
    """The verdict with the unnamed member named (module notes), or None where that reading does not apply or does
    not verify."""
    declared = _DECLARED.search(text)
    if declared is None:
        return None
    count = NUMBER_WORDS.get(declared.group("count").lower())
    if not isinstance(count, int) or count not in _ORDINALS:
        return None
    noun = _GROUPS[declared.group("group")]
    phrase = re.compile(rf"\bthe (?:{_ORDINALS[count]}|other|remaining|last) {noun}\b", re.I)
    mentioned = phrase.search(text)
    if _STAND_IN in text:
        return None
    names = {w for w in _NAME.findall(text[declared.end():]) if not is_word(w.lower())}
    if len(names) != count - 1 or _NAME.search(declared.group("rest")):
        return None
    listed = ", ".join(sorted(names, key=text.index)) + f" and {_STAND_IN}"
    rewritten = text[:declared.start("rest")].rstrip() + f", {listed}, " + declared.group("rest") + \
        phrase.sub(_STAND_IN, text[declared.end():])
    verdict = solve(rewritten)
    if verdict.status != "verified":
        return None
    said = mentioned.group(0).lower() if mentioned is not None else f"the {_ORDINALS[count]} {noun}"
    return replace(verdict, answer=_renamed(verdict.answer, said), reason=verdict.reason.replace(_STAND_IN, said))


def _renamed(answer: object, said: str) -> object:
    if isinstance(answer, str):
        return answer.replace(_STAND_IN, said)
    if isinstance(answer, list):
        return [_renamed(a, said) for a in answer]
    if isinstance(answer, dict):
        return {_renamed(k, said): _renamed(v, said) for k, v in answer.items()}
    return answer
