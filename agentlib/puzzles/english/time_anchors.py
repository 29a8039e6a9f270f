"""Statements pinned to different times: "Ann is sick today. So Ann is sick tomorrow." does not follow.

The grammar drops time words ("yesterday", "today", "next week") so that a fact and a question in different tenses
meet ("Ria handed in late work. Does Ria lose a point?"). That is sound only while every sentence speaks of one
time. When the text names two different times (or two parts of a day, "in the morning" / "at night", "before
lunch" / "after lunch"), or pins a statement to a day other than today ("yesterday",
"tomorrow", "last week", "three days ago") and then asks or concludes in another tense ("Ann was sick yesterday.
So Ann is sick."), dropping the words would equate what held then with what holds now, so the text is refused.
A general rule ("Whenever it snows, ...") names no time and never counts. Left out: reasoning about times
(`order_days` reads days counted from today).
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.verb_forms import finite_form

# "in two years" is a time to come; "born in different years" counts none
_ANCHOR = re.compile(
    r"\b(?:(?P<today>today|tonight|now|right now|this (?:morning|afternoon|evening))|"
    r"(?P<yesterday>yesterday|last night)|(?P<tomorrow>tomorrow)|"
    r"(?P<last>last (?:week|month|year|summer|winter|spring|fall|autumn|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|\w+ (?:days?|weeks?|months?|years?) ago)|"
    r"(?P<next>next (?:week|month|year|summer|winter|spring|fall|autumn|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|in (?:\d+|a|an|a few|few|several|many|some|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\w+teen|\w+ty|a hundred|a couple of) (?:days?|weeks?|months?|years?)))\b")
# a part of the day or a time beside a meal: the grammar drops "in the morning", "at night" (`grammar._TIME_PHRASES`)
# and reads "before lunch" as an order, so two of them in one text ("if Ann runs in the morning ..., Ann runs at
# night") would be read as one time
_DAY_PART = re.compile(r"\b(?:(?:in the|every|each|during the) (morning|afternoon|evening)s?|(?:at|every|each) (night)|"
                       r"((?:before|after) (?:breakfast|lunch|dinner|supper)))\b")
_PAST_ANCHORS = {"yesterday", "last"}
_FUTURE_ANCHORS = {"tomorrow", "next"}
_PAST_WORDS = {"was", "were", "did", "didn't", "had", "hadn't", "wasn't", "weren't"}
_PRESENT_COPULAS = {"is", "are", "am", "be", "being", "isn't", "aren't", "not"}
_FUTURE_WORDS = {"will", "won't", "shall", "going"}


def _anchors(sentence: str) -> set[str]:
    """The times a sentence names, by kind ("last week" and "3 days ago" are both "last")."""
    return {kind for match in _ANCHOR.finditer(sentence.lower()) for kind, said in match.groupdict().items() if said}


def _tense_fits(anchor: str, sentence: str) -> bool:
    """Whether `sentence` (the asked or concluded one, with no time word) is in the tense of the time `anchor`."""
    words = re.findall(r"[a-z']+", sentence.lower())
    if anchor in _PAST_ANCHORS:  # "is tired": a participle after the copula is no past tense
        return any(w in _PAST_WORDS or finite_form(w) == "past" and (k == 0 or words[k - 1] not in _PRESENT_COPULAS)
                   for k, w in enumerate(words))
    return any(w in _FUTURE_WORDS for w in words)


def mixed_times(sentences: list[str], asked: int | None) -> str:
    """Why `sentences` (`asked`: the index of the question or conclusion, if any) speak of different times, or ""."""
    parts = {next(g for g in match.groups() if g) for s in sentences for match in _DAY_PART.finditer(s.lower())}
    if len(parts) > 1:
        return "the sentences speak of different times of day (" + ", ".join(sorted(parts)) + ")"
    found = [_anchors(s) for s in sentences]
    named = set().union(*found) if found else set()
    if len(named) > 1:
        return "the sentences speak of different times (" + ", ".join(sorted(named)) + ")"
    if asked is None or found[asked] or not named - {"today"}:
        return ""
    anchor = next(iter(named))
    if not _tense_fits(anchor, sentences[asked]):
        return f"a statement is pinned to another time ('{anchor}') than the one asked about"
    return ""
