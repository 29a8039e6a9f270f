"""Chat shorthand written out before any reading: "whats" / "wats" for "what's", "u" for "you" after an auxiliary
("can u solve"), "gimme" for "give me", "w/" and "w/o" for "with" and "without" before a word, and a unit glued to
its number ("5km", "3.5kg", "150km", "250ml") spaced as the sentence shapes expect ("5 km").

People type "whats my pace" and "radius 5cm" to a chatbot; the shapes that read paces, speeds, areas and units were
written for "what's" and "5 cm", so the same request read or not by its spacing. Only units of two or more letters
are spaced: a single letter after a number ("2m", "3x", "5h") may be a variable in a formula, and "5in" may be
"5 in". A unit is spaced only right after a plain number and before a word end, so "x2km", "5kmh" or "3min(x, 2)" (a
function) stay as written. "u" is "you" only right after an auxiliary verb and before a word ("can u solve"): left
as typed it was the unknown to solve for ("the unknown u is not in the equation"); "u" in a formula ("u + 2 = 5",
"can u = 3") stays.
"""

from __future__ import annotations

import re

_WHATS = re.compile(r"\b(w)(?:h)?ats\b", re.IGNORECASE)
_YOU = re.compile(r"\b(can|could|would|will|do|did|are|r)\s+u\b(?=\s+[A-Za-z])", re.IGNORECASE)
_GIMME = re.compile(r"\bgimme\b", re.IGNORECASE)
# "w/ respect to x", "w/o a calculator": only before a word of two or more letters ("w/2" and "w/o + 1" divide)
_WITH = re.compile(r"(?<![\w/])([wW])/(?P<out>[oO])?(?=\s+[A-Za-z]{2,}\b)")
_UNITS = ("km", "kg", "cm", "mm", "ml", "mL", "lb", "lbs", "ft", "oz", "hr", "hrs", "min", "mins", "mph", "kph",
          "gal", "mi", "km/h")
_GLUED_UNIT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(" + "|".join(sorted(map(re.escape, _UNITS), key=len,
                                                                             reverse=True)) + r")(?![\w(])")


def spell_chat_shorthand(text: str) -> str:
    """`text` with "whats" written "what's", "u" after an auxiliary "you", "gimme" "give me", "w/" "with", and a glued
    unit of two or more letters spaced from its number."""
    text = _GIMME.sub("give me", _YOU.sub(r"\1 you", text))
    text = _WITH.sub(lambda m: "without" if m.group("out") else "with", text)
    return _GLUED_UNIT.sub(r"\1 \2", _WHATS.sub(lambda m: f"{m.group(1)}hat's", text))
