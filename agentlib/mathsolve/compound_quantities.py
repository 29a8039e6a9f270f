"""Compound measurements converted or added: "5 ft 3 in in cm", "how many inches is 5 feet 3 inches", "3 lb 4 oz in
kg", "1 hour 30 minutes plus 45 minutes in minutes", "how many minutes in 2 and a half hours", "5'3\" in cm",
"5피트 3인치는 몇 cm".

A measurement is a grammar, not a list of phrasings:

    request  := measure | measure ("times" | "x" | "divided by") number | number "times" measure
    measure  := compound (("plus" | "+" | "minus" | "-") compound)*
    compound := quantity ("and"? quantity)*      units of one dimension, each smaller than the one before
    quantity := number unit                      number: digits, a number word, or "N and a half"

and the request asks for the measure in one unit of the same dimension ("M in U", "convert M to U", "how many U
(is | are | in) M", Korean "M는 몇 U"). The answer is the sum of value × size(unit) / size(target), an `evaluate`
request over exact fractions (`units.py` holds the exact sizes). The reader only claims a request that a single
quantity does not already cover (`everyday_formulas` converts "63 in to cm"): a compound, a sum, or a half.

Left out: units of different dimensions in one measure (a mistake or a rate), a compound whose units do not
shrink ("3 in 5 ft": which is meant?), and sums with no unit asked for ("5 ft 3 in plus 2 ft 10 in": the answer's
unit, feet and inches or inches, is the person's choice).
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Worded, plain_request, priced
from agentlib.mathsolve.units import factor, unit
from agentlib.numwords import compound_number

# Korean unit words (the Latin abbreviations "cm", "kg" are read by `units.unit`)
_KOREAN_UNITS = {"피트": "feet", "인치": "inches", "파운드": "pounds", "온스": "ounces", "시간": "hours",
                 "분": "minutes", "초": "seconds", "센티미터": "cm", "미터": "meters", "킬로그램": "kg",
                 "그램": "grams", "마일": "miles", "킬로미터": "km", "야드": "yards"}
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+|[가-힣]+|[+-]")
_FEET_INCHES = re.compile(r"(\d+(?:\.\d+)?)\s*(?:'|′|ft\.?)\s*(\d+(?:\.\d+)?)\s*(?:\"|″|'')")  # 5'3" is 5 ft 3 in
_SIGNS = {"plus": 1, "+": 1, "minus": -1, "-": -1}
_KOREAN_ASK = re.compile(r"^(?P<measure>.+?)\s?(?:은|는|이면|을|를)\s?몇\s?(?P<target>[a-z가-힣/]+?)"
                         r"(?:인가요|인가|입니까|이에요|일까요|이야|야|으로|로)?(?:\s?(?:바꾸면|환산하면))?\??$")
_ENGLISH_ASKS = (
    re.compile(r"^convert (?P<measure>.+) (?:to|into) (?P<target>[a-z/]+)$"),
    re.compile(r"^how many (?P<target>[a-z/]+) (?:(?:is|are) (?:there )?in|is|are|in|make up|make) (?P<measure>.+)$"),
    re.compile(r"^(?P<measure>.+) (?:in|to|into) (?P<target>[a-z/]+)$"),
)


def _unit(word: str) -> str | None:
    return _KOREAN_UNITS.get(word) or unit(word)


def _ratio(source: str, target: str) -> Fraction | None:
    """size(source) / size(target); 1 for the same unit; None across dimensions."""
    return Fraction(1) if source == target else factor(source, target)


def _number(tokens: list[str], at: int) -> tuple[Fraction, int, bool] | None:
    """The number at `at`: (value, next index, whether it had "and a half")."""
    if at >= len(tokens):
        return None
    word = tokens[at]
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        value = Fraction(word)
    elif (spelled := compound_number(word)) is not None:
        value = Fraction(spelled)
    else:
        return None
    if tokens[at + 1:at + 4] == ["and", "a", "half"]:
        return value + Fraction(1, 2), at + 4, True
    return value, at + 1, False


def _measure(tokens: list[str]) -> tuple[list[tuple[Fraction, str]], bool] | None:
    """The signed quantities of a measure, and whether it needs this reader (a compound, a sum or a half)."""
    quantities: list[tuple[Fraction, str]] = []
    at, sign, previous, compound_size, special = 0, 1, None, 1, False
    while at < len(tokens):
        if previous is not None and tokens[at] in _SIGNS:
            sign, previous, special = _SIGNS[tokens[at]], None, True
            at += 1
            continue
        if previous is not None and tokens[at] == "and":
            at += 1  # "2 hours and 45 minutes": the next quantity must be a smaller unit of the same compound
        number = _number(tokens, at)
        if number is None or number[1] >= len(tokens):
            return None
        value, at, half = number
        name = _unit(tokens[at])
        if name is None:
            return None
        at += 1
        if previous is not None:
            step = _ratio(previous, name)
            if step is None or step <= 1:
                return None  # "3 in 5 ft": a compound's units must shrink
            compound_size += 1
        special = special or half or compound_size > 1
        quantities.append((sign * value, name))
        previous = name
        if at < len(tokens) and tokens[at] in _SIGNS:
            compound_size = 1
    return (quantities, special) if quantities else None


_SCALED = (re.compile(r"^(?P<measure>.+?),? (?:times|x|×|\*|multiplied by) (?P<by>\d+(?:\.\d+)?),?$"),
           re.compile(r"^(?P<by>\d+(?:\.\d+)?) (?:times|x|×|\*) (?P<measure>.+?),?$"),
           re.compile(r"^(?P<measure>.+?),? (?:divided by|/) (?P<over>\d+(?:\.\d+)?),?$"))


def _scale(measure: str) -> tuple[str, Fraction]:
    """A measure scaled by one number ("2 m 35 cm times 3", "5 ft 6 in divided by 2"): the measure and the factor."""
    for shape in _SCALED:
        match = shape.match(measure)
        if match and (match.groupdict().get("by") or Fraction(match["over"]) != 0):
            by = Fraction(match["by"]) if match.groupdict().get("by") else 1 / Fraction(match["over"])
            return match["measure"], by
    return measure, Fraction(1)


def _reading(measure: str, target: str) -> Worded | None:
    target_unit = _unit(target)
    measure, scale = _scale(measure)
    tokens = _TOKEN.findall(measure)
    if scale != 1 and any(token in _SIGNS for token in tokens):
        return None  # "2 m plus 80 cm times 2": the sum doubled, or only its last term? Not said.
    if target_unit is None or "".join(tokens) != re.sub(r"[\s,]", "", measure):
        return None  # something besides numbers, units and signs: not this reader's
    parsed = _measure(tokens)
    if parsed is None or not parsed[1]:
        return None
    quantities, _ = parsed
    terms: list[str] = []
    notes: list[str] = []
    total = Fraction(0)
    for value, name in quantities:
        ratio = _ratio(name, target_unit)
        if ratio is None:
            return None
        terms.append(f"({value})*({ratio})" if scale == 1 else f"({value})*({ratio})*({scale})")
        total += value * ratio * scale
        if name != target_unit and f"1 {name}" not in " ".join(notes):
            notes.append(f"1 {name} = {ratio} {target_unit}")
    worded = Worded(" + ".join(terms), "a measurement in one unit: " + "; ".join(notes or [f"in {target_unit}"]))
    return priced(worded, total)


def read_compound_quantity(text: str) -> Worded | None:
    """The conversion of a compound or summed measurement `text` asks for, or None when it is not one."""
    plain = _FEET_INCHES.sub(r"\1 ft \2 in", plain_request(text))
    korean = _KOREAN_ASK.match(plain)
    if korean:
        return _reading(korean["measure"], korean["target"])
    for shape in _ENGLISH_ASKS:
        match = shape.match(plain)
        if match:
            reading = _reading(match["measure"], match["target"])
            if reading is not None:
                return reading
    return None
