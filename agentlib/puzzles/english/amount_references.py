"""References in a puzzle of ages or counts that name no one by name: "Kate is 12. Her brother is 3 years older.
How old is her brother?", "Ann is 5 years older than Bo, who is 20.", "Tom is 3 years older.", "Jay is 12. His sister
is twice as old.".

Each is spelled as the sentence `named_amounts.py` reads, and only where the text leaves one way to do so: "her
brother" is "Kate's brother" and "than her" is "than Kate" when Kate is the only person named by name in the whole
text (a kin noun after "her" / "his" / "their"); "older" with no "than" (or "twice as old" with no "as ...") compares
with the one other holder named before it; ", who is 20" after a name says that name is 20. Where two people could
be meant, nothing is spelled and the text stays unread.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.kinship import KIN

_NAME = r"[A-Z][a-z]+"
_KIN = "|".join(sorted(KIN, key=len, reverse=True))
# a multiple said as a word or a number: "twice", "half", "thrice", "four times", "4 times", "ten times"
TIMES_WORDS = (r"twice|half|thrice|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) times")
HOLDER = rf"{_NAME}(?:'s (?:{_KIN}))?"
_RELATIVE = re.compile(rf"^(?P<head>.*\b(?P<b>{HOLDER})),\s*who (?P<rest>(?:is|has) .+)$")
_POSSESSED = re.compile(rf"\b(?:[Hh]er|[Hh]is|[Tt]heir) (?P<kin>{_KIN})\b")
_BARE_COMPARISON = re.compile(rf"^(?P<a>{HOLDER}) (?:is (?:\w+) years? (?:older|younger)|"
                              rf"has (?:\w+) (?:more|fewer|less) [a-z]+|"
                              rf"(?P<times>is (?:{TIMES_WORDS}) as old|"
                              rf"has (?:{TIMES_WORDS}) as many [a-z]+))$")
# "than her", "as old as he is": the one person named by name
_THAN_PRONOUN = re.compile(r"\b(?P<word>than|as) (?:her|him|them|he is|she is|they are|he does|she does)$")
_NAMED = re.compile(rf"\b{_NAME}\b")
# capitalized words of this small grammar that open a sentence or question, never names
_NOT_NAMES = {"How", "Who", "Is", "Was", "Does", "Her", "His", "Their"}


def spell_references(sentences: list[str]) -> list[str]:
    """`sentences` (marks off, the question last) with the references spelled where one reading is left."""
    split = [part for s in sentences for part in _relative(s)]
    named_by_name = {m.group(0) for s in split for m in _NAMED.finditer(s)} - _NOT_NAMES
    if len(named_by_name) == 1:
        owner = next(iter(named_by_name))
        split = [_THAN_PRONOUN.sub(lambda m: f"{m.group('word')} {owner}",
                                   _POSSESSED.sub(lambda m: f"{owner}'s {m.group('kin')}", s))
                 for s in split]
    spelled: list[str] = []
    seen: list[str] = []
    for sentence in split:
        bare = _BARE_COMPARISON.match(sentence)
        if bare is not None:
            others = [h for h in dict.fromkeys(seen) if h != bare.group("a")]
            if len(others) == 1:  # "... older than Kate", "... twice as old as Kate"
                sentence = f"{sentence} {'as' if bare.group('times') else 'than'} {others[0]}"
        seen += [m.group(0) for m in re.finditer(HOLDER, sentence) if m.group(0) not in _NOT_NAMES]
        spelled.append(sentence)
    return spelled


def _relative(sentence: str) -> list[str]:
    match = _RELATIVE.match(sentence)
    if match is None:
        return [sentence]
    return [match.group("head"), f"{match.group('b')} {match.group('rest')}"]
