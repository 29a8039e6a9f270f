"""One occasion every comparison is told of: "Anna scored higher than Ben on the test. Ben scored higher than Carl.
Who scored the lowest?" compares scores on that one test, so it is read without "on the test", as a puzzle that
names its occasion first ("On the test, Anna scored higher than Ben.") already is; so is a place in it ("Ann
finished fifth in the race.").

The phrase is taken off only when it is the one occasion of the text: a place phrase ("on / in / at / during the
...") right after the person compared with ("than Ben", "ahead of Ben", "behind Ben") and before the sentence ends,
the same phrase wherever one is said, and no sentence naming another occasion of that shape. Two occasions ("in the
race" / "in training") leave the text as typed: they may be two scales.
"""

from __future__ import annotations

import re

_PLACES = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last"
# the person compared with ("than Ben"), or a place ("finished fifth in the race")
_COMPARED = rf"\b(?:(?:than|ahead of|behind) (?:[A-Z][a-z]+|him|her|them|me|us)|(?:{_PLACES})(?: place)?)"
_OCCASION = r"(?: (?:on|in|at|during) (?:the|this|that|today's|yesterday's|last|our|their) [a-z]+(?: [a-z]+)?)"
_SCOPED = re.compile(rf"(?P<compared>{_COMPARED})(?P<occasion>{_OCCASION})(?=\s*[.!?])")
# any phrase of place or time that ends a sentence or a clause ("in training", "at home", "on Monday")
_ANY_OCCASION = re.compile(r" (?:on|in|at|during) [A-Za-z']+(?: [A-Za-z']+)?(?=\s*[.!?,])", re.I)


def without_one_occasion(text: str) -> str | None:
    """`text` without the one occasion its comparisons are told of (see the module notes); None when there is no
    such phrase or more than one."""
    occasions = {m["occasion"].strip().lower() for m in _SCOPED.finditer(text)}
    if len(occasions) != 1:
        return None
    (occasion,) = occasions
    if any(m.group(0).strip().lower() != occasion for m in _ANY_OCCASION.finditer(text)):
        return None  # another occasion said somewhere: the comparisons may be on two scales
    return _SCOPED.sub(lambda m: m["compared"], text)
