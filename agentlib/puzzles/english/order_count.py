"""Counting questions about the people of a puzzle: "How many are taller than Jem?" is "Who is taller than Jem?"
asked of every named person, answered by how many it holds for.

Only a question whose group is everyone named is read ("how many", "how many people", "how many of them", "how
many of the four"): "How many students ...?" would count a kind the statements may not settle, so it is left to
the other readings (and abstains)."""

from __future__ import annotations

import re

_GROUP = r"(?:people |persons |of them |of us |of the (?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?: \w+)? )?"
_HOW_MANY = re.compile(rf"^how many {_GROUP}(?P<verb>are|is|were|was|did|do|does)\b(?P<rest>.*)$", re.I)
_PAST_VERB = re.compile(rf"^how many {_GROUP}(?P<rest>(?!are\b|is\b|were\b|was\b|did\b|do\b|does\b)\w+ed\b.*)$",
                        re.I)


def how_many_people(question: str) -> str | None:
    """The "who" question a counting question asks of each person ("How many people are faster than Fran?" ->
    "Who is faster than Fran?"), or None when it is not one."""
    text = question.strip().rstrip("?").strip()
    match = _HOW_MANY.match(text)
    if match is not None:
        verb = match.group("verb").lower()
        if verb in ("did", "do", "does"):
            return None  # "How many children do her parents have?": an object counted, not people
        singular = {"are": "is", "were": "was"}.get(verb, verb)
        return f"Who {singular}{match.group('rest')}"
    match = _PAST_VERB.match(text)
    if match is not None:  # "How many of the three passed the test?"
        return f"Who {match.group('rest')}"
    return None
