"""A place said first and the people after their verb: "At a round table sit Ann, Ben, Kim and Dan.", "Around the
fire sat Jo, Lu and Max.", "In the front row stand Ivy and Tom." said in the usual order ("Ann, Ben, Kim and Dan sit
at a round table.") so every reader meets the cast as a subject. Only a verb of position (sit, stand) between a
place phrase and a list of names is turned; "In the box is a key" and the like are left alone."""

from __future__ import annotations

import re

_NAMES = r"[A-Z][a-z]+(?:, [A-Z][a-z]+)*,? and [A-Z][a-z]+"
_INVERTED = re.compile(
    rf"(?P<lead>^|(?<=[.!?] )|(?<=\n))(?P<place>(?:At|Around|Round|On|In) (?:a|an|the) [a-z][a-z -]*?),? "
    rf"(?P<verb>sit|sat|stand|stood|are seated|were seated)\s+(?P<names>{_NAMES})(?=[.!?:]|$)", re.M)


def uninvert_location(text: str) -> str:
    """`text` with each "At a round table sit A, B and C" said as "A, B and C sit at a round table"."""
    def said_plainly(match: re.Match[str]) -> str:
        place = match.group("place")
        return f"{match.group('lead')}{match.group('names')} {match.group('verb')} {place[:1].lower()}{place[1:]}"
    return _INVERTED.sub(said_plainly, text)
