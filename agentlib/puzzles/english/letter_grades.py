"""A letter grade as a thing one gets: "If Oscar gets an A, he gets a phone." The capital letter after "an" / "a"
reads as a name or as the article itself, so the grade is spelled as one word the grammar reads as a noun ("an
A-grade", "a B-plus-grade"), and shown so in reasons.

Only after a verb of getting a mark (get, earn, receive, score, make, deserve, and their forms): "Ann is an A
student" or "Plan A" are left as typed.
"""

from __future__ import annotations

import re

_GRADE = re.compile(r"\b(?P<verb>(?:get|gets|got|gotten|getting|earn|earns|earned|earning|receive|receives|received|"
                    r"receiving|score|scores|scored|scoring|make|makes|made|deserve|deserves|deserved)) "
                    r"(?P<article>an?) (?P<letter>[A-F])(?P<sign>[+-]?)(?=[\s.,;:!?]|$)")
_SIGNS = {"": "", "+": "-plus", "-": "-minus"}


def spell_letter_grades(sentence: str) -> str:
    """ "Oscar gets an A." -> "Oscar gets an A-grade."; a sentence without such a grade is returned as it is."""
    return _GRADE.sub(lambda m: f"{m['verb']} {'an' if m['letter'] in 'AEF' else 'a'} "
                                f"{m['letter']}{_SIGNS[m['sign']]}-grade", sentence)
