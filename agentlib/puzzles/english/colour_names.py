"""Things named only by their colours in the clues: "Three houses stand in a row. The green house is right of the red
house. The blue house is on the far left. What color is the house in the middle?"

A count of things with no colours listed ("Three houses stand in a row.") and clues that speak of exactly that many
colours ("the green house", "the red house", "the blue house") say there is one thing of each colour: each
definite description names one thing, and the count leaves no room for another. The opening is then said as
`painted_rows.py` reads it ("Three houses in a row are painted green, red and blue."). Fewer or more colours than
things, or a colour said of another noun, keep the text as typed.

"What colour is the house in the middle?" asks which of those things is there, so it is asked as "Which house is in
the middle?" (answered "the red house"); only where the things are named by colour alone.
"""

from __future__ import annotations

import re

from agentlib.numwords import small_number
from agentlib.puzzles.english.painted_rows import ROW_PLACE
from agentlib.puzzles.english.words import lemma

COLOURS = ("red", "blue", "green", "yellow", "white", "black", "orange", "purple", "pink", "brown", "grey", "gray")
_COLOUR = "(?:" + "|".join(COLOURS) + ")"
_OPENING = re.compile(rf"(?:^|(?<=[.!?:]\s))(?:there (?:are|were) )?(?P<count>[A-Za-z]+|\d{{1,2}}) (?P<things>[a-z]+s)"
                      rf"(?: (?:stand|stood|are|were|sit|sat|lie|are parked|were parked))? (?P<where>{ROW_PLACE})\.",
                      re.I)
_COLOUR_QUESTION = re.compile(r"\bwhat colou?r is the (?P<thing>[a-z]+) (?P<rest>[^.?!]{1,80})\?", re.I)
_COLOUR_THING_QUESTION = re.compile(r"\bwhat colou?r (?P<thing>[a-z]+) is (?P<rest>[^.?!]{1,80})\?", re.I)
# "What colour is the middle house?": the place said before the thing
_PLACED_COLOUR_QUESTION = re.compile(r"\bwhat colou?r is the (?P<place>middle|first|second|third|fourth|last|"
                                     r"leftmost|rightmost) (?P<thing>[a-z]+)\?", re.I)
_PLACES = {"middle": "in the middle", "leftmost": "on the far left", "rightmost": "on the far right"}


def colours_as_names(text: str) -> str | None:
    """`text` with its things' colours listed at the opening, or its colour question asked of the things; None when
    neither applies."""
    return _listed_colours(text) or _asked_colour(text)


def _listed_colours(text: str) -> str | None:
    found = list(_OPENING.finditer(text))
    if len(found) != 1:
        return None
    opening = found[0]
    things = opening.group("things").lower()
    thing = lemma(things, "NOUN")
    count = small_number(opening.group("count").lower())
    rest = text[opening.end():]
    named = re.findall(rf"\bthe ({_COLOUR}) {re.escape(thing)}\b", rest, re.I)
    colours = list(dict.fromkeys(c.lower() for c in named))
    coloured_elsewhere = re.search(rf"\b{_COLOUR} (?!{re.escape(thing)}\b)[a-z]+", rest, re.I)
    if count is None or count != len(colours) or count < 2 or coloured_elsewhere:
        return None
    listed = ", ".join(colours[:-1]) + f" and {colours[-1]}"
    said = f"{opening.group('count')} {things} {opening.group('where')} are painted {listed}."
    return text[:opening.start()] + said + text[opening.end():]


def _asked_colour(text: str) -> str | None:
    if re.search(rf"\b{_COLOUR}(?:, {_COLOUR})*,? and {_COLOUR}\b(?!\s+(?!in\b)[a-z])", text, re.I):
        # "Three houses stand in a row: red, green and blue, in some order.": the colours are a grid's values, whose
        # reader answers "Which house is in the middle?" with a place ("house 2"), never the colour asked
        return None
    placed = _PLACED_COLOUR_QUESTION.search(text)
    if placed is not None:
        thing, place = placed.group("thing").lower(), placed.group("place").lower()
        if not re.search(rf"\bthe {_COLOUR} {re.escape(thing)}\b", text[:placed.start()], re.I):
            return None
        return f"{text[:placed.start()]}Which {thing} is {_PLACES.get(place, place)}?{text[placed.end():]}"
    for pattern in (_COLOUR_QUESTION, _COLOUR_THING_QUESTION):
        match = pattern.search(text)
        if match is None:
            continue
        thing = match.group("thing").lower()
        if not re.search(rf"\bthe {_COLOUR} {re.escape(thing)}\b", text[:match.start()], re.I):
            return None  # the things are not named by their colours
        asked = f"Which {thing} is {match.group('rest')}?"
        return text[:match.start()] + asked + text[match.end():]
    return None
