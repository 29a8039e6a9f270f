"""Spoken lead-ins taken off the front of a request: an assistant's wake word or a greeting ("hey siri,", "alexa",
"ok google", "hey,"), and a learner's "how do i" / "how can i" before the task ("how do i solve 2x+3=7").

A wake word addresses the device and a greeting the listener; neither names mathematics, yet left in the text a
comma after it kept the sentence shapes from matching ("hey, what's 15 percent of 80") and "i" in "how do i solve"
was read as the imaginary unit or an unknown. Only a lead-in that stands at the very start and is followed by more
words is taken: "i" inside a formula ("x^2 = i", "2i + 3") is never touched, and "how do i" must be followed by a
task word, so "how do i" alone is still not understood. Elsewhere a lower-case "i" right after an auxiliary verb
("how do i", "can i", "am i") is the pronoun, written "I" so that it is never the imaginary unit ("how do i" alone
was a verified "i").
"""

from __future__ import annotations

import re

_ASSISTANT = r"(?:siri|alexa|google|cortana|computer|assistant|bixby)"
_GREETING = r"(?:hey|hi|hello|ok|okay|yo)"
_ADDRESS = re.compile(
    rf"\s*(?:(?:{_GREETING}[,!]?\s+)?{_ASSISTANT}|{_GREETING})\s*[,!:]?\s+(?=\S)", re.IGNORECASE)
_TASKS = r"(?:solve|find|calculate|compute|work out|figure out|simplify|factor|expand|differentiate|integrate|get)"
_HOW_DO_I = re.compile(rf"\s*how (?:do|can|would|should|could) i\s+(?={_TASKS}\b)", re.IGNORECASE)


_PRONOUN_I = re.compile(r"\b(?P<auxiliary>do|did|can|could|should|would|will|shall|may|might|must|am)\s+i\b"
                        r"(?!\s*[-+*/^=<>)])", re.IGNORECASE)


def strip_spoken_lead_in(text: str) -> str:
    """`text` without a leading wake word or greeting and without a leading "how do i" before a task word."""
    match = _ADDRESS.match(text)
    if match:
        text = text[match.end():]
    match = _HOW_DO_I.match(text)
    return text[match.end():] if match else text


def spell_pronoun_i(text: str) -> str:
    """`text` with the pronoun "i" after an auxiliary verb ("how do i", "can i") written "I"."""
    return _PRONOUN_I.sub(lambda m: f"{m.group('auxiliary')} I", text)
