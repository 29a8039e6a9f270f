"""A rule said with "without": "Without a ticket, no one gets in.", "No one gets in without a ticket.", "Nobody
without a key opens the safe." are "Nobody who does not have a ticket gets in." (which the grammar reads: whoever gets
in has a ticket).

Only "without" + "a" / "an" + one or two words, with "no one" / "nobody" as the subject; "without paying" (a verb)
and "without" beside any other subject are left as typed.
"""

from __future__ import annotations

import re

_THING = r"(?P<thing>(?:a|an) [a-z]+(?: [a-z]+)?)"
_NOBODY = r"(?P<nobody>[Nn]o one|[Nn]obody|[Nn]o-one)"
_FRONTED = re.compile(rf"^[Ww]ithout {_THING}, {_NOBODY} (?P<rest>[a-z][^.!?]*)(?P<end>[.!?]?)$")
_TRAILING = re.compile(rf"^{_NOBODY} (?P<rest>[a-z][^.!?]*?) without {_THING}(?P<end>[.!?]?)$")
_INSIDE = re.compile(rf"^{_NOBODY} without {_THING} (?P<rest>[a-z][^.!?]*)(?P<end>[.!?]?)$")


def spell_without(sentence: str) -> str:
    """`sentence` with its "without a N" rule said as "Nobody who does not have a N ..."; as typed otherwise."""
    text = sentence.strip()
    for pattern in (_FRONTED, _TRAILING, _INSIDE):
        match = pattern.match(text)
        if match is not None and " without " not in f" {match['rest']} ":
            return f"Nobody who does not have {match['thing']} {match['rest']}{match['end'] or '.'}"
    return sentence
