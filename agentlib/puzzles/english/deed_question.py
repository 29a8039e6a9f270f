"""A whodunit's question that names the deed's object by its noun alone: "One of the three kids ate the last cookie.
... Who ate the cookie?" asks who ate the last cookie, and is read so.

The deed is the one sentence "One of ... <past verb> the <word> <noun>." or "Someone <past verb> the <word>
<noun>."; the question "Who <same verb> the <noun>?" then gets the deed's whole object. Only when the text names no
other "the <word> <noun>" and the bare "the <noun>" nowhere else (the first cookie and the last one would be two
cookies, and the question could ask of either); otherwise the question is left as typed and the puzzle abstains as
before.
"""

from __future__ import annotations

import re

_START = r"(?:^|(?<=[.!?]\s)|(?<=\n))"  # a deed opens a sentence: scanning from each sentence start stays linear
_DEED = re.compile(rf"{_START}(?:One of [^.!?\n]{{1,120}}?|Some(?:one|body)) (?P<verb>[a-z]+) "
                   r"the (?P<word>[a-z]+) (?P<noun>[a-z]+)\.")
_ASKED = r"\bWho {verb} the {noun}\?"


def name_the_asked_deed(text: str) -> str:
    """`text` with "Who <verb> the <noun>?" given the one deed's "the <word> <noun>" (see the module notes)."""
    deeds = list(_DEED.finditer(text))
    if len(deeds) != 1:
        return text
    verb, word, noun = deeds[0].group("verb", "word", "noun")
    asked = list(re.finditer(_ASKED.format(verb=re.escape(verb), noun=re.escape(noun)), text))
    named = re.findall(rf"\b[Tt]he (?:\w+ )?{re.escape(noun)}\b", text)
    if len(asked) != 1 or len(named) != 2 or any(n.lower() not in (f"the {word} {noun}", f"the {noun}")
                                                 for n in named):
        return text
    start, end = asked[0].span()
    return f"{text[:start]}Who {verb} the {word} {noun}?{text[end:]}"
