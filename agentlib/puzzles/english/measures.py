"""Heights, weights and scores said with their numbers: "Rex weighs 10 kg.", "Ann is 150 cm tall.", "Bo is 5 cm
taller than Ann.", "Cy weighs 3 kg more than Rex.", "Dee scored 12 points." and the questions about them: "Who is
the heaviest?", "Who is taller?", "Is Bo taller than Ann?", "How tall is Bo?", "How much does Cy weigh?", "Who
scored the most?".

Each sentence is read into the same linear statements as ages and counts (`named_amounts.py`): a value fixed, or
one value a difference away from another. A measure's values must all be in one unit ("150 cm" beside "1.6 m" is not
converted: the text is given back, and the general reader abstains); heights and weights are more than nothing.
Scores are counts of points, read as "has N points" is, so "Ann has 5 points" and "Ann scored 5 points" agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from agentlib.puzzles.english.amount_references import HOLDER
from agentlib.puzzles.english.words import NUMBER_WORDS

_VALUE = r"\d{1,9}(?:\.\d{1,6})?|" + "|".join(NUMBER_WORDS)
_UNITS = {
    "height": {"cm": "cm", "centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm",
               "mm": "mm", "m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m", "inch": "in",
               "inches": "in", "in": "in", "foot": "ft", "feet": "ft", "ft": "ft"},
    "weight": {"kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg", "g": "g",
               "gram": "g", "grams": "g", "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "oz": "oz",
               "ounce": "oz", "ounces": "oz"},
}
HEIGHT, WEIGHT, POINTS = "height", "weight", "point"
POSITIVE = frozenset({HEIGHT, WEIGHT})  # nothing stands or weighs nothing


def _unit_words(measure: str) -> str:
    return "|".join(sorted(_UNITS[measure], key=len, reverse=True))


_H, _W = _unit_words(HEIGHT), _unit_words(WEIGHT)
_A, _B = rf"(?P<a>{HOLDER})", rf"(?P<b>{HOLDER})"
_N = rf"(?P<n>{_VALUE})"


@dataclass(frozen=True)
class Said:
    """One sentence: `a`'s value of `measure` is `n` (b None), or is `b`'s plus `sign` * n."""

    a: str
    measure: str
    n: Fraction
    unit: str
    b: str | None = None
    sign: int = 1


_SENTENCES = (
    (HEIGHT, re.compile(rf"^{_A} is {_N} ?(?P<unit>{_H}) tall$")),
    (HEIGHT, re.compile(rf"^{_A} is {_N} ?(?P<unit>{_H}) (?P<dir>taller|shorter) than {_B}(?: is)?$")),
    (WEIGHT, re.compile(rf"^{_A} weighs {_N} ?(?P<unit>{_W})$")),
    (WEIGHT, re.compile(rf"^{_A} is {_N} ?(?P<unit>{_W}) (?P<dir>heavier|lighter) than {_B}(?: is)?$")),
    (WEIGHT, re.compile(rf"^{_A} weighs {_N} ?(?P<unit>{_W}) (?P<dir>more|less) than {_B}(?: does)?$")),
    (POINTS, re.compile(rf"^{_A} (?:scored|scores|got|gets|earned|earns) {_N} (?P<unit>points?)$")),
    (POINTS, re.compile(rf"^{_A} (?:scored|scores|got|gets|earned|earns) {_N} (?P<dir>more|fewer|less) "
                        rf"(?P<unit>points?) than {_B}(?: did| does)?$")),
)
_LESS = frozenset({"shorter", "lighter", "less", "fewer"})


def measured(sentence: str) -> Said | None:
    """The reading of one sentence (its final stop removed), or None when it is not one of these shapes."""
    for measure, pattern in _SENTENCES:
        m = pattern.match(sentence)
        if m is None:
            continue
        word = m.group("n")
        n = Fraction(word) if word[0].isdigit() else Fraction(NUMBER_WORDS[word])
        unit = POINTS if measure == POINTS else _UNITS[measure][m.group("unit").lower()]
        groups = m.groupdict()
        if groups.get("b") is None:
            return Said(m.group("a"), measure, n, unit)
        return Said(m.group("a"), measure, n, unit, m.group("b"), -1 if groups["dir"] in _LESS else 1)
    return None


# questions: which measure, whether the larger value is asked for
_RANKED = (
    (HEIGHT, re.compile(r"^who (?:is|was) (?P<degree>taller|shorter|the tallest|the shortest)"
                        r"(?: (?:of|among) (?:the \w+|them|them all|all|us))?$", re.I)),
    (WEIGHT, re.compile(r"^(?:who|which (?:one|\w+)) (?:is|was) (?P<degree>heavier|lighter|the heaviest|the lightest)"
                        r"(?: (?:of|among) (?:the \w+|them|them all|all|us))?$", re.I)),
    (WEIGHT, re.compile(r"^(?:who|which (?:one|\w+)) weighs? (?P<degree>more|less|the most|the least)$", re.I)),
    (POINTS, re.compile(r"^who (?:scored|got|earned) (?P<degree>more|fewer|less|the most|the fewest|the least)"
                        r"(?: points)?$", re.I)),
)
# "Which is heavier, Rex or Sky?", "Who is taller: Ann or Bo?": who, of the two named
_BETWEEN = (
    (HEIGHT, re.compile(rf"^(?:who|which(?: one)?) is (?P<degree>taller|shorter)[,:]? {_A} or {_B}$", re.I)),
    (WEIGHT, re.compile(rf"^(?:who|which(?: one)?) is (?P<degree>heavier|lighter)[,:]? {_A} or {_B}$", re.I)),
    (WEIGHT, re.compile(rf"^(?:who|which(?: one)?) weighs (?P<degree>more|less)[,:]? {_A} or {_B}$", re.I)),
    (POINTS, re.compile(rf"^who (?:scored|got) (?P<degree>more|fewer)(?: points)?[,:]? {_A} or {_B}$", re.I)),
)
_PAIRED = (
    (HEIGHT, re.compile(rf"^(?:is|was) {_A} (?P<degree>taller|shorter) than {_B}$", re.I)),
    (WEIGHT, re.compile(rf"^(?:is|was) {_A} (?P<degree>heavier|lighter) than {_B}$", re.I)),
    (WEIGHT, re.compile(rf"^does {_A} weigh (?P<degree>more|less) than {_B}$", re.I)),
    (POINTS, re.compile(rf"^did {_A} (?:score|get|earn) (?P<degree>more|fewer) points than {_B}$", re.I)),
)
_ASKED = (
    (HEIGHT, re.compile(rf"^how tall is {_A}$", re.I)),
    (WEIGHT, re.compile(rf"^how much does {_A} weigh$", re.I)),
    (WEIGHT, re.compile(rf"^how heavy is {_A}$", re.I)),
    (POINTS, re.compile(rf"^how many points did {_A} (?:score|get|earn)$", re.I)),
)
GREATER = frozenset({"taller", "the tallest", "heavier", "the heaviest", "more", "the most"})


@dataclass(frozen=True)
class Question:
    """A question about a measure: `kind` "ranked" (who), "between" (who of A and B), "paired" (is A ... than B) or
    "asked" (how much)."""

    kind: str
    measure: str
    degree: str = ""
    a: str | None = None
    b: str | None = None


def measure_question(question: str) -> Question | None:
    """The reading of the question (no "?"), or None."""
    for kind, table in (("ranked", _RANKED), ("between", _BETWEEN), ("paired", _PAIRED), ("asked", _ASKED)):
        for measure, pattern in table:
            m = pattern.match(question)
            if m is not None:
                groups = m.groupdict()
                return Question(kind, measure, (groups.get("degree") or "").lower(), groups.get("a"), groups.get("b"))
    return None
