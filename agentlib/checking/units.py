"""Unit conversions a step states: "2.5 hours = 150 minutes", "there are 12 inches in a foot", "$1.50 is 150 cents".

Two quantities of one dimension (time, length, mass, volume, money) joined by a relation that says they are the
same amount ("=", "is", "equals", "which is", "that is") are recomputed from exact conversion factors, and so
is "N units1 in a unit2" ("60 minutes in an hour"). The verdict is rounding-aware like arithmetic (`compare`):
"1 mile = 1.6 km" states 1.609344 km to one decimal. A refutation says what the amount is in the second unit.

Left out, because the amount is not fixed or not the same quantity: months and years (28-31 and 365-366 days),
tons (short or metric?), fluid ounces beside ounces of weight, compound amounts ("5 feet 6 inches"), and a second
quantity followed by a comparison or a rate ("2 hours is 30 minutes longer", "60 miles an hour").
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.checking.arithmetic import compare, format_number
from agentlib.checking.report import ClaimResult, Rule

# unit word -> (dimension, size in the dimension's base unit: second, millimetre, milligram, millilitre, cent)
_UNITS: dict[str, tuple[str, Fraction]] = {}
for words, dimension, size in (
    ("seconds second secs sec", "time", Fraction(1)),
    ("minutes minute mins min", "time", Fraction(60)),
    ("hours hour hrs hr", "time", Fraction(3600)),
    ("days day", "time", Fraction(86400)),
    ("weeks week", "time", Fraction(604800)),
    ("millimeters millimeter millimetres millimetre mm", "length", Fraction(1)),
    ("centimeters centimeter centimetres centimetre cm", "length", Fraction(10)),
    ("meters meter metres metre m", "length", Fraction(1000)),  # "m" only ever beside another length unit
    ("kilometers kilometer kilometres kilometre km", "length", Fraction(1_000_000)),
    ("inches inch", "length", Fraction("25.4")),
    ("feet foot ft", "length", Fraction("304.8")),
    ("yards yard yd", "length", Fraction("914.4")),
    ("miles mile", "length", Fraction("1609344")),
    ("milligrams milligram mg", "mass", Fraction(1)),
    ("grams gram", "mass", Fraction(1000)),
    ("kilograms kilogram kg kgs", "mass", Fraction(1_000_000)),
    ("ounces ounce oz", "mass", Fraction("28349.523125")),
    ("pounds pound lbs lb", "mass", Fraction("453592.37")),
    ("milliliters milliliter millilitres millilitre ml", "volume", Fraction(1)),
    ("liters liter litres litre", "volume", Fraction(1000)),
    ("cups cup", "volume", Fraction("236.5882365")),
    ("pints pint", "volume", Fraction("473.176473")),
    ("quarts quart", "volume", Fraction("946.352946")),
    ("gallons gallon gal", "volume", Fraction("3785.411784")),
    ("cents cent", "money", Fraction(1)),
    ("dollars dollar", "money", Fraction(100)),
):
    for word in words.split():
        _UNITS[word] = (dimension, size)

_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_QUANTITY = rf"(\\?\$\s?)?{_NUMBER}\s*(?:\\(?:text|mathrm)\s*\{{\s*)?({_UNIT})?\b\}}?"
_SAME = r"\s*,?\s*(?:=|≈|\\approx|is equal to|equals|is the same as|which is|that is|i\.e\.,?|is|are)\s*"
_CONVERSION = re.compile(rf"(?<![\w.,$]){_QUANTITY}{_SAME}(?:about |approximately |roughly )?{_QUANTITY}", re.I)
_IN_ONE = re.compile(rf"(?<![\w.,]){_NUMBER}\s*({_UNIT})\s+in\s+(?:an?|one|1|each|every)\s+({_UNIT})\b", re.I)
# what must not follow the second quantity: a comparison, a rate, a further amount
_AFTER = re.compile(r"^\s*(?:more|less|longer|shorter|fewer|faster|slower|later|earlier|after|before|than|per|each|"
                    r"every|a\b|an\b|of\b|/|left|remaining|ago|late|early|old|apart|away|"
                    r"[-+*/×x÷^]\s*\d|\\times|\\cdot|\\div|times\b)", re.I)
_COMPOUND = re.compile(rf"^\s*(?:and\s+)?{_NUMBER}\s*(?:{_UNIT})\b", re.I)
_SAME_START = re.compile(rf"^{_SAME}", re.I)
_SAME_END = re.compile(rf"{_SAME}(?:\\?\$\s?)?$", re.I)
_AMOUNT_BEFORE = re.compile(rf"{_NUMBER}\s*(?:{_UNIT})\s*(?:and\s+)?$", re.I)  # "5 feet [and] 6 inches = ..."
# the first quantity is an operand of a computation, not an amount on its own
_OPERATOR_BEFORE = re.compile(r"(?:[-+*/×x÷^(]|\\times|\\cdot|\\div|\\frac\s*\{[^{}]*\}\s*\{|\btimes|\bof)"
                             r"\s*\\?\$?\s*$", re.I)
_APPROXIMATE = re.compile(r"≈|\\approx|about|approximately|roughly|around|nearly", re.I)


_CONVERTED = re.compile(rf"(?<![\w.]){_NUMBER}\s*({_UNIT})\s*=\s*{_NUMBER}\s*({_UNIT})\b", re.I)


def separate_conversions(step: str) -> str:
    """`step` with the "=" of every "36 inches = 3 feet" (two amounts in different units of one dimension, the first
    no operand) made a break: the amounts are equal, the numbers are not, so no chain of arithmetic runs through it."""
    def broken(match: re.Match[str]) -> str:
        first, second = _UNITS.get(match.group(2).lower()), _UNITS.get(match.group(4).lower())
        if first is None or second is None or first == second or first[0] != second[0]:
            return match.group()
        if _OPERATOR_BEFORE.search(match.string[:match.start()]):
            return match.group()  # "0.5 hours * 14 days = 7 hours": the first amount is an operand
        return f"{match.group(1)} {match.group(2)} ¶ {match.group(3)} {match.group(4)}"

    return _CONVERTED.sub(broken, step)


def check_conversions(step: str) -> list[ClaimResult]:
    """Every stated conversion between two units of one dimension in `step`, recomputed."""
    results = []
    text = step[:20_000]
    for match in _overlapping(_CONVERSION, text):
        dollar1, number1, unit1, dollar2, number2, unit2 = match.groups()
        first, second = _unit(dollar1, unit1), _unit(dollar2, unit2)
        if first is None or second is None or first == second or _UNITS[first][0] != _UNITS[second][0]:
            continue
        before, after = text[:match.start()], text[match.end():]
        compound = _COMPOUND.match(after)
        if compound and not _SAME_START.match(after[compound.end():]):
            continue  # "90 minutes = 1 hour and 30 minutes": a compound second amount
        compound_before = _AMOUNT_BEFORE.search(before)
        if compound_before and _SAME_END.search(before[:compound_before.start()]):
            compound_before = None  # "1 mile = 1.6 km and 1 inch = 2.54 cm": the amount before ends a statement
        if _AFTER.match(after) or compound_before or _OPERATOR_BEFORE.search(before):
            continue  # "2 hours is 30 minutes longer", "5 feet 6 inches = 66 inches", "0.5 hours * 14 days = 7 hours"
        approximate = bool(_APPROXIMATE.search(match.group(0)))
        results.append(_verdict(number1, first, number2, second, match.group(0), approximate))
    for match in _IN_ONE.finditer(text):
        number, unit, whole = match.groups()
        unit, whole = unit.lower(), whole.lower()
        if _UNITS[unit][0] == _UNITS[whole][0] and unit != whole:
            results.append(_verdict("1", whole, number, unit, match.group(0), False))
    return results


def _overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches of a two-quantity pattern where the second quantity may open the next match ("3 = 36 inches = 3
    feet"): each search starts again at the second quantity of the last match."""
    found = []
    position = 0
    while (match := pattern.search(text, position)) is not None:
        found.append(match)
        position = max(match.start(4) if match.group(4) else match.start(5), match.start() + 1)
    return found


def _amount(value: Fraction) -> str:
    shown = format_number(value)
    return shown if "/" not in shown else f"{float(value):.4g}"


def _unit(dollar: str | None, unit: str | None) -> str | None:
    if unit:
        return unit.lower()
    return "dollars" if dollar else None


def _verdict(number1: str, unit1: str, number2: str, unit2: str, text: str, approximate: bool) -> ClaimResult:
    amount = Fraction(number1.replace(",", "")) * _UNITS[unit1][1] / _UNITS[unit2][1]
    claimed = Fraction(number2.replace(",", ""))
    decimals = len(number2.split(".")[1]) if "." in number2 else 0
    outcome = compare(amount, claimed, decimals=decimals, approximate=approximate)
    shown = " ".join(text.split())
    if outcome.verdict == "refuted":
        return ClaimResult("arithmetic", shown, "refuted", rule=Rule.UNITS,
                           correct=f"{number1} {unit1} is {_amount(amount)} {unit2}")
    return ClaimResult("arithmetic", shown, outcome.verdict, reason=outcome.reason, rule=Rule.UNITS)
