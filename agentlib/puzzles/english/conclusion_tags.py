"""A conclusion stated with a confirmation tag: "So the defendant did not enter the building, correct?", "My item is
unopened, so I get a refund, right?".

The tag asks the hearer to agree; what it is attached to is a statement, and the marker before it ("so",
"therefore") makes it the argument's conclusion. Without the tag the sentence says the same, and the reader finds
the conclusion as in any other argument. Only a sentence with a conclusion marker loses its tag, and only these
fixed tags after a comma; a question with a tag ("So does the dog bark, right?") loses it as `question_tags` says.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.question_tags import without_question_tags

_TAGGED = re.compile(r"^(?P<claim>.*\b(?:so|therefore|thus|hence|consequently)\b.*?),\s*(?:right|correct|yes|no|"
                     r"agreed|isn'?t (?:it|that right)|is that right|am i right|don'?t you think|wouldn'?t you agree|"
                     r"yeah)\s*\?+$", re.I | re.S)
_QUESTION_START = re.compile(r"^(?:so|therefore|thus|hence)?,?\s*(?:is|are|was|were|do|does|did|can|could|will|would|"
                             r"has|have|had|should|must)\b", re.I)


def without_conclusion_tag(sentence: str) -> str:
    """`sentence` as a statement when it is a conclusion with a confirmation tag (see the module notes)."""
    tagged = _TAGGED.match(sentence.strip())
    if tagged is None:
        return without_question_tags(sentence) if sentence.rstrip().endswith("?") else sentence
    if _QUESTION_START.match(tagged.group("claim")):
        return without_question_tags(sentence)
    return tagged.group("claim").rstrip() + "."
