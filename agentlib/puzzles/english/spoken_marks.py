"""Punctuation spoken into a dictated message: "all the cats in the shelter are vaccinated period milo is a cat in
the shelter period is milo vaccinated question mark".

Speech-to-text leaves the marks a speaker names as words. A text that has no mark of its own and ends with the
words "question mark" was dictated so, and there "period", "full stop", "comma", "colon", "question mark" and
"exclamation mark" are the marks they name: written as marks, the sentences read as typed. Any other text keeps
these words (a "period" of time, a "comma" in a riddle about punctuation). Where the speaker named no mark between
sentences, the text stays one run-on sentence, which the grammar does not read: it abstains rather than guess the
boundaries.
"""

from __future__ import annotations

import re

_MARKS = {"period": ".", "full stop": ".", "comma": ",", "colon": ":", "question mark": "?", "exclamation mark": "!",
          "exclamation point": "!"}
_SPOKEN = re.compile(r"\s*\b(?P<mark>period|full stop|comma|colon|question mark|exclamation (?:mark|point))\b", re.I)
_DICTATED = re.compile(r"\bquestion mark\s*$", re.I)


def written_marks(text: str) -> str:
    """`text` with its spoken marks written, when it was dictated (see the module notes); as typed otherwise."""
    if re.search(r"[.,;:!?]", text) or not _DICTATED.search(text):
        return text
    return _SPOKEN.sub(lambda m: _MARKS[m.group("mark").lower()], text).strip()
