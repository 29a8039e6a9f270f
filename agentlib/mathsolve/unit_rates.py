"""One rate between two units, given in words and applied once: a dose ("250 mg per 5 ml, how many ml for 400
mg"), a price ("gas is $3.49 a gallon, how much for 12 gallons"), fuel and speed ("how many gallons to drive 450
miles at 30 mpg", "how long to drive 210 km at 70 km/h"), and the rate itself from two amounts ("mpg if I drove 300
miles on 12 gallons", "average speed if I drove 150 miles in 2.5 hours"); an amount each period ("if I save $25 a
week, how much will I have after 12 weeks", "I earn $15 an hour, how much do I earn in 8 hours"); a recipe scaled
("2 cups of flour for 12 cookies, how much flour for 30 cookies", "3 eggs for 2 cakes, how many eggs for 5 cakes").

A rate is A of one unit per B of another ("per", "/", "a", "an", "for every"; "mpg", "mph", "km/h" name both
units). It is applied only where the asked unit and the given unit are the rate's two units, as written (plural
or singular), so the one operation is certain: C of the rate's first unit is C × B / A of its second, C of the
second is C × A / B of the first. Units are compared as words, never converted ("250 mg per 5 ml, how many ml for
1 g" is not read). A rate asked from two amounts needs the amounts in the units it names. The result is an
`evaluate` request, computed exactly and checked like any other arithmetic.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import MOST_DIGITS, Worded, plain_request, priced

_UNIT = r"(\$|[a-z]{1,12})"
# Abbreviations that name both units of a rate: "30 mpg" is 30 miles per gallon.
_BOTH_UNITS = {"mpg": ("mile", "gallon"), "mph": ("mile", "hour"), "km/h": ("km", "hour"), "kph": ("km", "hour"),
               "kmh": ("km", "hour"), "km/hr": ("km", "hour"), "miles per hour": ("mile", "hour"),
               "miles per gallon": ("mile", "gallon"), "kilometers per hour": ("km", "hour"),
               "kilometres per hour": ("km", "hour")}
_SAME = {"miles": "mile", "gallons": "gallon", "hours": "hour", "hrs": "hour", "hr": "hour", "h": "hour",
         "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km", "liters": "liter",
         "litres": "liter", "litre": "liter", "l": "liter", "minutes": "minute", "min": "minute", "mins": "minute",
         "tablets": "tablet", "pounds": "pound", "lbs": "pound", "lb": "pound", "units": "unit", "doses": "dose",
         "drops": "drop", "pills": "pill", "capsules": "capsule", "days": "day", "weeks": "week", "months": "month",
         "years": "year", "feet": "foot", "ft": "foot",
         "meters": "meter", "metres": "meter", "metre": "meter", "m": "meter"}
_PER = r"(?:per|/ ?|a|an|for every|each|every)"
_RATE_WORDS = "|".join(re.escape(w) for w in sorted(_BOTH_UNITS, key=len, reverse=True))


def _unit(word: str) -> str:
    return _SAME.get(word, word)


def _applied(a: str, first: str, b: str, second: str, c: str, given: str, asked: str) -> Worded | None:
    """C of `given` in `asked`, by the rate A `first` per B `second`; None unless the units are the rate's two."""
    first, second, given, asked = _unit(first), _unit(second), _unit(given), _unit(asked)
    if first == second or Fraction(a) == 0 or Fraction(b) == 0:
        return None
    if (given, asked) == (first, second):
        value, formula = Fraction(c) * Fraction(b) / Fraction(a), f"({c})*({b})/({a})"
    elif (given, asked) == (second, first):
        value, formula = Fraction(c) * Fraction(a) / Fraction(b), f"({c})*({a})/({b})"
    else:
        return None
    note = f"{c} {given} at {a} {first} per {b} {second}: the amount in {asked}, in proportion"
    return priced(Worded(formula, note), value)


def _named_rate(words: str) -> tuple[str, str] | None:
    return _BOTH_UNITS.get(words)



_NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# "250 mg per 5 ml", "$3.49 a gallon", "15 mg/kg": (dollar, amount, amount, unit, amount, unit)
_RATE = rf"(?:(\$) ?{_NUM}|{_NUM} ?{_UNIT}) {_PER} (?:{_NUM} )?{_UNIT}"
_LEAD = r"(?:(?:the |a )?(?:dose|rate|price|gas|fuel|it|order|concentration|strength)(?: is)? )?(?:at )?"
_ASK_HOW_MANY = rf"how many {_UNIT}(?: do i need| are needed| is needed| needed| should i give| to give)? " \
    rf"(?:for|in|to give|to get) {_NUM} ?{_UNIT}"
_ASK_HOW_MUCH = rf"how much (?:for|is|are|would) {_NUM} ?{_UNIT}(?: cost| be)?"


def _from_rate(dollar: str | None, price: str | None, a: str | None, first: str | None, b: str | None, second: str,
               asked: str, c: str, given: str) -> Worded | None:
    if dollar:
        return None  # "how many gallons for $20" is read by no shape here: a price asks "how much"
    return _applied(a or "", first or "", b or "1", second, c, given, asked)


def _price(dollar: str | None, price: str | None, a: str | None, first: str | None, b: str | None, second: str,
           c: str, given: str) -> Worded | None:
    if not dollar or price is None:
        return None
    return _applied(price, "$", b or "1", second, c, given, "$")


def _trip(verb_amount: str, unit: str, rate: str, rate_words: str, asked: str) -> Worded | None:
    named = _named_rate(rate_words)
    if named is None:
        return None
    return _applied(rate, named[0], "1", named[1], verb_amount, unit, asked)


def _rate_of(asked_words: str, amount: str, unit: str, other: str, other_unit: str) -> Worded | None:
    if asked_words in ("average speed", "speed") and _unit(other_unit) == "hour" and Fraction(other) != 0:
        return priced(Worded(f"({amount})/({other})", f"speed = distance / time, in {_unit(unit)}s per hour"),
                      Fraction(amount) / Fraction(other))
    named = _named_rate(_MILEAGE.get(asked_words, asked_words))
    if named is None or (_unit(unit), _unit(other_unit)) != named or Fraction(other) == 0:
        return None
    return priced(Worded(f"({amount})/({other})", f"{asked_words} = {named[0]}s / {named[1]}s"),
                  Fraction(amount) / Fraction(other))


def _recipe(a: str, first: str, thing: str, b: str, second: str, asked: str, c: str, given: str) -> Worded | None:
    """ "2 cups of flour for 12 cookies, how much flour for 30 cookies": the amount in proportion, in the recipe's
    unit; asked in the thing's name ("how much flour") or the unit's ("how many cups")."""
    if asked not in (thing, first):
        return None
    return _applied(a, first, b, second, c, given, first)


_MILEAGE = {"gas mileage": "mpg", "mileage": "mpg"}
_WHO = r"(?:i|we|you|she|he|they)"
_RECURRING_VERBS = r"(?:save|saves|earn|earns|make|makes|spend|spends|pay|pays|get|gets|put away|put aside|set aside)"
_RECIPE_LEAD = r"(?:(?:a|the|my) recipe (?:needs|uses|calls for|takes|requires) |it takes |you need )?"
_SHAPES: list[tuple[re.Pattern[str], object]] = [
    # "if I save $25 a week, how much will I have after 12 weeks": a price per period, priced for the periods (from
    # nothing: "have" is what was saved)
    (re.compile(rf"(?:if )?{_WHO} {_RECURRING_VERBS} {_RATE}[,.;]? how much (?:will|would|do|does|did) {_WHO} "
                rf"(?:have|save|earn|make|spend|pay|get)(?: saved| in total| altogether| total)? "
                rf"(?:after|in|over|for) {_NUM} ?{_UNIT}"), _price),
    (re.compile(rf"{_RECIPE_LEAD}{_NUM} {_UNIT} of ([a-z]{{2,15}}) (?:for|makes?|to make) {_NUM} {_UNIT}[,.;]? "
                rf"how (?:much|many) {_UNIT}(?: of [a-z]{{2,15}})?(?: do i need| do you need| is needed| are needed|"
                rf" needed| would i need)? (?:for|to make) {_NUM} {_UNIT}"), _recipe),
    (re.compile(rf"{_RECIPE_LEAD}{_NUM} {_UNIT} (?:for|makes?|to make) {_NUM} {_UNIT}[,.;]? how many {_UNIT}"
                rf"(?: do i need| do you need| are needed| needed| would i need)? (?:for|to make) {_NUM} {_UNIT}"),
     lambda a, first, b, second, asked, c, given: _recipe(a, first, first, b, second, asked, c, given)),
    (re.compile(rf"{_LEAD}{_RATE}[,.;]? {_ASK_HOW_MANY}"), _from_rate),
    (re.compile(rf"{_LEAD}{_RATE}[,.;]? {_ASK_HOW_MUCH}"), _price),
    (re.compile(rf"how many {_UNIT} (?:to|does it take to|do i need to|will it take to) (?:drive|go|travel|run|walk|"
                rf"cover) {_NUM} ?{_UNIT} at {_NUM} ?({_RATE_WORDS})"),
     lambda asked, c, unit, rate, words: _trip(c, unit, rate, words, asked)),
    (re.compile(rf"how long (?:to|does it take to|will it take to|would it take to) (?:drive|go|travel|run|walk|"
                rf"cover) {_NUM} ?{_UNIT} at {_NUM} ?({_RATE_WORDS})"),
     lambda c, unit, rate, words: _trip(c, unit, rate, words, "hour")),
    (re.compile(rf"(?:my |the )?({_RATE_WORDS}|average speed|speed|gas mileage|mileage) (?:if|when) (?:i|we|you) "
                rf"(?:drove|drive|went|go|traveled|travelled|ran|run) {_NUM} ?{_UNIT} (?:on|in|with|using) "
                rf"{_NUM} ?{_UNIT}"),
     _rate_of),
    # the trip first, the rate asked after it: "car goes 240 miles on 8 gallons, what's the mpg"
    (re.compile(rf"(?:i |we |you |my car |the car |a car |car |it )?(?:drove|drive|drives|goes|went|go|traveled|"
                rf"travelled|travels|ran|run|gets|got|does|did) {_NUM} ?{_UNIT} (?:on|in|with|using) {_NUM} ?{_UNIT}"
                rf"[,.;]? what is (?:my |the |its |our |the car's |my car's )?({_RATE_WORDS}|average speed|speed|"
                r"gas mileage|mileage)"),
     lambda a, unit_a, b, unit_b, kind: _rate_of(kind, a, unit_a, b, unit_b)),
]


def read_unit_rate(text: str) -> Worded | None:
    """The amount `text` asks for by one rate in one of the shapes above, or None."""
    plain = plain_request(text).replace("what's ", "what is ")
    for pattern, builder in _SHAPES:
        match = pattern.fullmatch(plain)
        if match:
            if any(g is not None and len(g) > MOST_DIGITS for g in match.groups()):
                return None  # no everyday amount has hundreds of digits (and int() refuses past 4300)
            groups = [g.replace(",", "").strip() if g is not None and g[:1].isdigit() else g for g in match.groups()]
            return builder(*groups)  # type: ignore[operator]
    return None


__all__ = ["read_unit_rate"]
