"""Where a thing is, said with a participle of placing: "The red car is parked to the left of the blue car",
"The vase is placed between the lamp and the clock", "Ann is seated next to Bob".

A participle of placing (parked, located, placed, seated, ...) between a copula and a phrase of place says no more
than the copula with that phrase: where it was put is where it is. So the participle is dropped and the sentence
reads as "The red car is to the left of the blue car". Only before a phrase of place: "The car is parked." and
"The car was parked by Ann." keep their words (the passive reader takes the second).
"""

from __future__ import annotations

import re

_PLACED = ("parked", "located", "placed", "seated", "positioned", "situated", "set", "put", "kept", "stored", "hung",
           "hanging", "lying", "arranged", "lined up", "shelved", "displayed", "found")
_PLACE = (r"(?:(?:directly|immediately|just|somewhere|exactly|right)\s+)?(?:to the (?:left|right)|left of|right of|"
          r"next to|beside|between|in front of|behind|above|below|under|underneath|on top of|(?:at|in|on) (?:the|a|an)|"
          r"before|after|first|last|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|somewhere)\b")
_PARTICIPLE = re.compile(rf"\b(?P<be>is|are|was|were|is not|isn't|are not|aren't|was not|wasn't|were not|weren't)"
                         rf"\s+(?:{'|'.join(_PLACED)})\s+(?={_PLACE})", re.I)


def without_placement_participle(sentence: str) -> str:
    """`sentence` with a participle of placing dropped between a copula and a phrase of place."""
    return _PARTICIPLE.sub(lambda m: f"{m['be']} ", sentence)
