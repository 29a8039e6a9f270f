"""A question about "both" of a two-person cast: "Can both be knights?", "Are they both liars?", "Could both of them
be telling the truth?" asks about the two people the text names, "Can Cal and Dee both be knights?".

Only when the text names exactly two people (then "both" and "they" can mean no one else), and only right after
the question's auxiliary, where the subject stands.
"""

from __future__ import annotations

import re

_PAIR = re.compile(r"^(?P<aux>can|could|are|were|is it possible that|do|did|will|would|must)\s+"
                   r"(?P<pair>both of them|the two of them|they both|both|they)\s+(?P<rest>.+)$", re.I)


def named_pair(question: str, names: list[str]) -> str:
    """`question` with its "both" / "they" written as the two names of a two-person cast."""
    if len(names) != 2:
        return question
    match = _PAIR.match(question.strip())
    if match is None:
        return question
    return f"{match['aux']} {names[0]} and {names[1]} both {match['rest']}"
