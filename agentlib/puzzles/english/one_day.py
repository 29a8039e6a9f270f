"""A puzzle told of one named day: "Whenever it's sunny, Ann walks to work. It was sunny on Tuesday. Did Ann walk to
work on Tuesday?" asks what its rules give on that day, so it is read without the day.

The grammar reads statements that name no time as one moment (see `time_anchors.py`). A day named by "on Tuesday"
(or "last Tuesday", "this Tuesday") pins a statement to that day; the text is read without it only when everything
that could be true on one day and not another is pinned to the same one: the question and every statement that is
no general rule. A general rule ("Whenever it's sunny, ...", "Every student ...") holds on every day, so it holds
on that one. Two different days, a fact told without its day, or a day in plural ("on Tuesdays", a habit) leave
the text as typed.
"""

from __future__ import annotations

import re

_DAY = re.compile(r"(?:,? |^)(?:on|last|this) (?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                  r"(?!s),?", re.I)
_ANY_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|\b(?:today|tomorrow|"
                      r"yesterday|tonight|week|weekend|morning|evening|afternoon)\b", re.I)
_RULE = re.compile(r"\b(?:if|when|whenever|every|all|each|always|never|anyone|anybody|everyone|everybody|nobody|"
                   r"no one|whoever|unless)\b", re.I)
_SENTENCE = re.compile(r"[^.!?]+[.!?]+")


def without_one_day(text: str) -> str | None:
    """`text` without its one named day (see the module notes); None when it does not name exactly one so."""
    sentences = [m.group(0).strip() for m in _SENTENCE.finditer(text)]
    if not sentences or not sentences[-1].endswith("?"):
        return None
    days = {m["day"].lower() for s in sentences for m in _DAY.finditer(s)}
    if len(days) != 1:
        return None
    for k, sentence in enumerate(sentences):
        pinned = _DAY.search(sentence) is not None
        if len(_ANY_DAY.findall(sentence)) != (1 if pinned else 0):
            return None  # another time word beside the day ("on Tuesday morning", "yesterday")
        asked = k == len(sentences) - 1
        if not pinned and (asked or not _RULE.search(sentence)):
            return None  # a fact or question told without the day may be of another day
    return " ".join(_undated(s) for s in sentences)


def _undated(sentence: str) -> str:
    """ "It was sunny on Tuesday." -> "It was sunny."; "On Tuesday, it rained." -> "It rained." """
    bare = re.sub(r"\s+([.!?,])", r"\1", re.sub(r"\s{2,}", " ", _DAY.sub(" ", sentence))).strip()
    return bare[:1].upper() + bare[1:]
