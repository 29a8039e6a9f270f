"""Someone in a truth-tellers puzzle who makes no statement: "Bo says nothing.", "Cy stays silent.", "Di didn't say
anything." Silence is no claim, so it constrains nothing: the sentence is read as absent, and the person stays one
of the cast, of a kind the others' words may still settle.

Read so only in a puzzle of knights, knaves, truth-tellers or liars (where what people say is the puzzle), for a
whole sentence about one named person who is named elsewhere in the text too (in the cast's list or in someone's
words), so that dropping the sentence keeps them in the cast; and only when no other sentence speaks of silence
or of saying nothing (a rule such as "Knights never stay silent" would make the silence a clue).
"""

from __future__ import annotations

import re

_SILENT = re.compile(
    r"(?:^|(?<=[.!?'\"\u2019\u201d])\s+)(?P<name>[A-Z][a-z]+) "
    r"(?:says nothing|said nothing|stays silent|stayed silent|remains silent|remained silent|is silent|was silent|"
    r"keeps quiet|kept quiet|stays quiet|stayed quiet|says no word|"
    r"(?:does not|doesn't|did not|didn't) (?:say|speak) (?:anything|a word)|(?:does not|doesn't|did not|didn't) speak|"
    r"makes no statement|made no statement)(?: at all)?\.(?=\s|$)")
_TRUTH_PUZZLE = re.compile(r"\b(?:knights?|knaves?|truth-?tellers?|liars?|always lies?|always tells? the truth)\b",
                           re.I)
_SILENCE_WORDS = re.compile(r"\b(?:silent|silence|quiet|nothing|anything|statement|speaks?|spoke|word)\b", re.I)


def without_silent_speakers(text: str) -> str | None:
    """`text` without its sentences of silence (see the module notes); None when there is none to drop so."""
    if not _TRUTH_PUZZLE.search(text):
        return None
    silent = list(_SILENT.finditer(text))
    if not silent:
        return None
    rest = _SILENT.sub(" ", text)
    if _SILENCE_WORDS.search(rest) or not all(re.search(rf"\b{m['name']}\b", rest) for m in silent):
        return None
    return re.sub(r"[ \t]{2,}", " ", rest).strip()
