"""A whodunit that names the deed's object in full once and by its noun alone after: "One of the three kids ate the
last cookie. Jo says, "Mo didn't eat the cookie." ... Who ate the cookie?" The only cookie spoken of is the last
one, so each bare "the cookie" is read as "the last cookie".

The deed is the one sentence "One of ... <verb> the <word> <noun>." or "Someone <verb> the <word> <noun>.". Every
other "the ... <noun>" in the text must be that same phrase or the bare "the <noun>" ending a clause (before
punctuation or a quote); a second kind ("the first cookie", "the cookie jar") leaves the text as typed, and the
puzzle abstains as before.
"""

from __future__ import annotations

import re

_START = r"(?:^|(?<=[.!?]\s)|(?<=\n))"  # a deed opens a sentence: scanning from each sentence start stays linear
_DEED = re.compile(rf"{_START}(?:One of [^.!?\n]{{1,120}}?|Some(?:one|body)) (?P<verb>[a-z]+) "
                   r"the (?P<word>[a-z]+) (?P<noun>[a-z]+)\.")


def name_the_deeds_object(text: str) -> str:
    """`text` with each bare "the <noun>" given the one deed's "the <word> <noun>" (see the module notes)."""
    deeds = list(_DEED.finditer(text))
    if len(deeds) != 1:
        return text
    word, noun = deeds[0].group("word", "noun")
    bare = []
    for mention in re.finditer(rf"\b(?P<the>[Tt]he) (?:(?P<word>[a-z]+) )?{re.escape(noun)}\b(?P<after>.?)", text):
        if mention.group("word") == word:
            continue
        if mention.group("word") is not None or mention.group("after") not in ('.', ',', ';', ':', '!', '?', '"', "'"):
            return text
        bare.append(mention)
    for mention in reversed(bare):
        start, end = mention.span()
        text = f"{text[:start]}{mention.group('the')} {word} {noun}{mention.group('after')}{text[end:]}"
    return text
