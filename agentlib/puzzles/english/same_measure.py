""""the same age as" is "as old as": a measure noun after "the same" names the scale an equal comparison is on.

"Lee is the same age as Max" -> "Lee is as old as Max"; "Ann and Bo are the same height" -> "Ann is as tall as Bo";
"Is Ann the same age as Cy?" -> "Is Ann as old as Cy?"; "Are Ann and Bo the same height?" -> "Is Ann as tall as Bo?"
(and so "Are they the same height?" of a cast of two, once "they" is the two names: `pair_pronouns.py`).
The grammar reads "as old as" as equality on the age scale, so "Kim is older than Lee, and Lee is the same age as
Max. So Kim is older than Max." follows. Only the measure nouns below, each with its one adjective, and only names
or short "the" phrases as the pair; "the same size" (which scale?) and "the same city" (no measure) are left.
"""

from __future__ import annotations

import re

_MEASURES = {"age": "old", "height": "tall", "weight": "heavy", "length": "long", "speed": "fast", "width": "wide"}
_PERSON = r"(?:[A-Z][a-z]+|the [a-z]+(?: [a-z]+)?)"
_AS = re.compile(rf"\b(?P<verb>is|are|was|were|isn't|wasn't)(?P<neg> not)? (?:exactly )?the same "
                 rf"(?P<measure>{'|'.join(_MEASURES)}) as\b")
_PAIR = re.compile(rf"^(?P<a>{_PERSON}) and (?P<b>{_PERSON}) (?P<verb>are|were)(?P<neg> not)? (?:exactly )?the same "
                   rf"(?P<measure>{'|'.join(_MEASURES)})(?P<end>[.?!]?)$")


_ASKED_PAIR = re.compile(rf"^(?P<verb>are|were) (?P<a>{_PERSON}) and (?P<b>{_PERSON}) (?:both )?(?:exactly )?the same "
                         rf"(?P<measure>{'|'.join(_MEASURES)})(?P<end>\??)$", re.I)
_ASKED = re.compile(rf"^(?P<lead>(?:so,? )?(?:is|was|are|were)(?: not)? (?:{_PERSON}|he|she)) (?:exactly )?the same "
                    rf"(?P<measure>{'|'.join(_MEASURES)}) as\b", re.I)


def spell_same_measure(sentence: str) -> str:
    """ "X is the same age as Y" -> "X is as old as Y"; "X and Y are the same age." -> "X is as old as Y."."""
    pair = _PAIR.match(sentence.strip())
    if pair is not None:
        verb = "is" if pair.group("verb") == "are" else "was"
        return (f"{pair.group('a')} {verb}{pair.group('neg') or ''} as {_MEASURES[pair.group('measure')]} as "
                f"{pair.group('b')}{pair.group('end')}")
    pair = _ASKED_PAIR.match(sentence.strip())
    if pair is not None:  # "Are Ann and Bo the same height?" -> "Is Ann as tall as Bo?"
        verb = "Is" if pair.group("verb").lower() == "are" else "Was"
        return f"{verb} {pair.group('a')} as {_MEASURES[pair.group('measure').lower()]} as {pair.group('b')}" \
               f"{pair.group('end')}"
    asked = _ASKED.match(sentence.strip())
    if asked is not None:  # "Is Ann the same age as Cy?" -> "Is Ann as old as Cy?"
        rest = sentence.strip()[asked.end():]
        return f"{asked.group('lead')} as {_MEASURES[asked.group('measure').lower()]} as{rest}"
    return _AS.sub(lambda m: f"{m.group('verb')}{m.group('neg') or ''} as {_MEASURES[m.group('measure')]} as",
                   sentence)
