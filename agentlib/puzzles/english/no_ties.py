"""A sentence that rules out ties: "There were no ties.", "Nobody tied.", "No two runners finished at the same time."

It makes no claim about any one person; it says the people compared are all different. That is already how the
grammar reads a ranking (`family._tie_scales`), except on a scale where a comparison is denied ("Rolf is not taller
than Ines" leaves the two possibly equal): there the sentence is what makes the ranking strict. On a scale of
measured values ("2 years older than Bob") it would say the values differ, which the reader does not model, so it is
refused there (`family.build_world`).
"""

from __future__ import annotations

import re

_NO_TIES = re.compile(
    r"^(?:there (?:were|are|was|is) no (?:ties|tie|draws|draw)"
    r"|(?:nobody|no one|no-one) (?:tied|ties|drew)"
    r"|no two (?:of them|people|[a-z]+s)? ?(?:tied|finished at the same time|arrived at the same time|"
    r"finished together|crossed the line together))"
    r"(?: (?:in|at) (?:the|this|that) (?:race|contest|competition|game|test|exam))?\s*[.!]?$", re.I)


def says_no_ties(sentence: str) -> bool:
    """Whether `sentence` only rules out ties (see the module notes)."""
    return _NO_TIES.match(sentence.strip()) is not None
