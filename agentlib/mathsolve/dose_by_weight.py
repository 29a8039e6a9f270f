"""A dose by body weight: "dose is 15 mg/kg and the child weighs 22 kg, how many mg", "10 mg per kg for a 24 kg
child", "what's the dose for a 30 kg patient at 5 mg/kg".

Two quantities, each found by its shape in any order: a rate of a mass per unit of body weight ("15 mg/kg", "10 mg
per kg", "2.5 micrograms per kilogram") and the body weight ("weighs 22 kg", "a 24 kg child", "for 30 kg"), in the
rate's own unit of body weight (kg with kg, lb with lb: a dose is not converted between them here). The dose is rate
× weight, in the rate's unit of mass. Every other word must be a connecting word, so a daily dose divided into
several, a maximum dose or a concentration to draw up is left to the other readers. The result is an `evaluate`
request, computed exactly.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import MOST_DIGITS, Worded, plain_request, priced

_NUMBER = r"(\d+(?:\.\d+)?)"
_MASS = {"mg": "mg", "milligram": "mg", "milligrams": "mg", "mcg": "mcg", "µg": "mcg", "microgram": "mcg",
         "micrograms": "mcg", "g": "g", "gram": "g", "grams": "g", "units": "units", "ml": "ml", "mL": "ml"}
_BODY = {"kg": "kg", "kilogram": "kg", "kilograms": "kg", "kgs": "kg", "lb": "lb", "lbs": "lb", "pound": "lb",
         "pounds": "lb"}
_MASS_WORDS = "|".join(sorted(map(re.escape, _MASS), key=len, reverse=True))
_BODY_WORDS = "|".join(sorted(map(re.escape, _BODY), key=len, reverse=True))
_RATE = re.compile(rf"{_NUMBER} ?({_MASS_WORDS}) ?(?:/|per|a|for each|for every) ?(?:1 )?({_BODY_WORDS})\b")
_WEIGHT = re.compile(rf"(?:\bweighs|\bweighing|\bweight(?: is| of)?|\bfor(?: a| an)?|\ba|\ban|"
                     rf"\bbody weight(?: is| of)?) {_NUMBER} ?({_BODY_WORDS})\b"
                     rf"(?: (?:child|kid|patient|adult|baby|infant|dog|cat|person|boy|girl|man|woman))?")
_CONNECTING = frozenset("""
what is the a an of and how many much do i give should we is dose dosage for child kid patient at if with who
weighs total needed need it's
""".split())


def read_dose_by_weight(text: str) -> Worded | None:
    """The dose `text` asks for from a rate per body weight and a body weight, or None when it is not one."""
    plain = plain_request(text).replace("’", "'").replace("what's", "what is").replace("?", " ")
    if len(plain) > 300:
        return None
    rates = list(_RATE.finditer(plain))
    if len(rates) != 1 or len(rates[0].group(1)) > MOST_DIGITS:
        return None
    rate = rates[0]
    rest = plain[:rate.start()] + " " + plain[rate.end():]
    weights = list(_WEIGHT.finditer(rest))
    if len(weights) != 1 or len(weights[0].group(1)) > MOST_DIGITS:
        return None
    weight = weights[0]
    rest = rest[:weight.start()] + " " + rest[weight.end():]
    mass, per, body = _MASS[rate.group(2)], _BODY[rate.group(3)], _BODY[weight.group(2)]
    asked = re.findall(rf"\bhow many ({_MASS_WORDS})\b", rest)
    rest = re.sub(rf"\bhow many ({_MASS_WORDS})\b", " how many ", rest)
    if per != body or any(_MASS[a] != mass for a in asked):
        return None  # body weight in another unit, or the dose asked in another unit than the rate's
    if any(word not in _CONNECTING for word in re.findall(r"[^\s,;.:]+", rest)):
        return None
    amount, kilos = Fraction(rate.group(1)), Fraction(weight.group(1))
    return priced(Worded(f"({amount})*({kilos})", f"dose = {amount} {mass} per {per} × {kilos} {body}, in {mass}"),
                  amount * kilos)


__all__ = ["read_dose_by_weight"]
