"""Remarks typed after a puzzle's last question: "No phones!", "See you Thursday!", "Answers to the secretary by
Friday.", "Congratulations to all players!" (a quiz sheet, an email, a newsletter signing off).

`unrelated_remarks.py` drops a remark that shares no word with the puzzle, but keeps any with a quantifier, the
reader's "you" or a capital, since such a sentence may count the domain, state a rule for everyone ("you can ride
only if ..."), or name one more of the cast. After the last question three of those are read more closely, and
`closing_mask` blanks them so the remark is judged on the rest: "no" / "all" / "every" right before a noun (not
"no one", "all of", a number or another quantifier), which quantifies over that noun only, and a noun the puzzle
never uses (the remark shares no word with it) leaves the puzzle's predicates and cast free; "you", when the puzzle
itself never speaks to "you", the reader the text is addressed to; and a weekday or a month, a date rather than a
person. Counting words ("there", "else", "other", "exactly", "only", numbers) and any other capital still keep the
remark, and so does every sentence before the last question.
"""

from __future__ import annotations

import re

_CALENDAR = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|"
             r"august|september|october|november|december")
_NOT_A_NOUN = (r"one|body|thing|where|of|other|others|else|more|less|the|a|an|two|three|four|five|six|seven|eight|"
               r"nine|ten|\d+")
_QUANTIFIED_NOUN = re.compile(rf"\b(?:no|all|every)\s+(?!(?:{_NOT_A_NOUN})\b)(?=[a-z]{{3,}})", re.I)
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.I)
_DATE = re.compile(rf"\b(?:{_CALENDAR})\b", re.I)


def closing_mask(piece: str, rest: str) -> str:
    """`piece`, a sentence after the last question, with the words that do not keep a closing remark blanked (see
    the module notes); `rest` is the text without it."""
    masked = _QUANTIFIED_NOUN.sub("", piece)
    if not _YOU.search(rest):
        masked = _YOU.sub("", masked)
    return _DATE.sub("", masked)
