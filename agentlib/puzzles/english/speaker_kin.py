"""Kin told to the speaker: "Dev is my uncle. Dev's son is Raj. What is Raj to me?" (Raj is my cousin).

The speaker is one more person of the family tree, told of in the first person. The text is read again with the
speaker as a name the text does not use ("my uncle" -> "Ego's uncle", "me" -> "Ego", "I am" -> "Ego is"), only
when the question asks what someone is to the speaker ("What is Raj to me?", "How is Raj related to me?", "Is Raj
my cousin?"): its answer is a kin word or yes / no, never the stand-in name. A text that uses "we" / "us" / "our"
(who else is meant?) is left as typed.
"""

from __future__ import annotations

import re

_STAND_IN = "Ego"
_ASKED = re.compile(r"(?:^|(?<=[.!?]\s))(?:what is [A-Z][a-z]+ to me|how is [A-Z][a-z]+ related to me|"
                    r"is [A-Z][a-z]+ my [a-z-]+)\?\s*$", re.I)
_PLURAL_SELF = re.compile(r"\b(?:we|us|our|ours)\b", re.I)
_FIRST_PERSON = ((re.compile(r"\bI am\b"), f"{_STAND_IN} is"), (re.compile(r"\bI'm\b"), f"{_STAND_IN} is"),
                 (re.compile(r"\bI have\b"), f"{_STAND_IN} has"), (re.compile(r"\b[Mm]y\b"), f"{_STAND_IN}'s"),
                 (re.compile(r"\b(?:me|I|myself)\b"), _STAND_IN))


def speaker_as_named(text: str) -> str | None:
    """`text` with the speaker named by the stand-in, or None when the module notes do not apply."""
    if _ASKED.search(text.strip()) is None or _PLURAL_SELF.search(text) or re.search(rf"\b{_STAND_IN}\b", text):
        return None
    for pattern, said in _FIRST_PERSON:
        text = pattern.sub(said, text)
    return text
