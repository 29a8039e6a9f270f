"""Things told apart only by their colours, with no people: "Three houses on Maple Street are painted red, blue and
green. The red house is to the left of the blue house. ... Which house is in the middle?"

"N houses are painted A, B and C" says there are N houses, one of each colour: the scene "There are three houses
in a row: a red one, a blue one and a green one." that the grammar reads, where each is named by its colour ("the
red house"). The row is what "to the left of", "in the middle" and "at the end" speak of, so it is added when the
text places them so; a street the houses stand on ("on Maple Street") sets the scene and says nothing more. Only
that setting may stand between the things and "are painted": "Three houses owned by Ann, Bo and Cy are painted ..."
says more, and stays as typed.
"""

from __future__ import annotations

import re

from agentlib.numwords import small_number

ROW_PLACE = r"(?:in a row|side by side|next to each other|(?:on|in|along) (?:[A-Z]\w+ (?:Street|Road|Lane|Avenue|" \
            r"Drive|Way)|the street|our street|the block|the shelf|the wall))"
_PAINTED = re.compile(rf"(?:^|(?<=[.!?:]\s))(?:there (?:are|were) )?(?P<count>[A-Za-z]+|\d+) (?P<things>[a-z]+s)"
                      rf"(?P<where>(?: {ROW_PLACE})*) (?:are|were) (?:painted|coloured|colored) "
                      r"(?P<colours>[a-z]+(?:, [a-z]+)*,? and [a-z]+)\.", re.I)
_IN_ORDER = re.compile(r"\b(?:left|right|middle|end|next to|between|first|last)\b", re.I)


def painted_as_row(text: str) -> str | None:
    """`text` with its one "N things are painted A, B and C." read as the scene above; None when it has none."""
    found = list(_PAINTED.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    colours = re.split(r",? and |, ", match.group("colours"))
    if small_number(match.group("count").lower()) != len(colours) or len(set(colours)) != len(colours):
        return None
    rest = text[:match.start()] + text[match.end():]
    row = " in a row" if "in a row" in match.group("where") or _IN_ORDER.search(rest) else ""
    listed = ", ".join(f"a {c} one" for c in colours[:-1]) + f" and a {colours[-1]} one"
    scene = f"There are {match.group('count').lower()} {match.group('things')}{row}: {listed}."
    return text[:match.start()] + scene + text[match.end():]
