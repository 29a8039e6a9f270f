"""Angles in words after a trigonometric function: "cos(60 degrees)", "sine of 30 degrees", "sin 30도".

The formula reader takes the degree sign (30°, 30^\\circ); people also type the unit as a word. Only a number
right after a trigonometric function (its name or the English word, an optional "of", an optional
parenthesis) is respelled, so "30 degrees in radians" and "20 degrees Celsius" keep their own readers. A
parenthesis opened before the number must close right after the unit, else the text is left as typed.
"""

from __future__ import annotations

import re

_NAMES = {"sine": "sin", "cosine": "cos", "tangent": "tan", "secant": "sec", "cosecant": "csc",
          "cotangent": "cot"}
_FUNCTION = r"sin|cos|tan|sec|csc|cot|" + "|".join(_NAMES)
_ANGLE_IN_WORDS = re.compile(
    rf"\b(?P<function>{_FUNCTION})(?:\s+of)?\s*(?P<open>\()?\s*(?P<number>-?\d+(?:\.\d+)?)\s*"
    r"(?:degrees?\b|deg\b|도)(?(open)\s*\))", re.I)


def spell_trig_degrees(text: str) -> str:
    """`text` with each angle-in-words after a trigonometric function written `f(N°)`."""
    def degree_sign(match: re.Match[str]) -> str:
        function = match["function"].lower()
        return f"{_NAMES.get(function, function)}({match['number']}°)"

    return _ANGLE_IN_WORDS.sub(degree_sign, text)
