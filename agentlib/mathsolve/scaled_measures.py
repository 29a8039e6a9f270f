"""An amount with a unit scaled, split, added or converted, as a cook scales a recipe: "3/4 cup times 2.5", "double
2/3 cup", "half of 3/4 cup", "1 1/2 cups times 3", "what's 3/4 of 2 cups", "1/2 cup plus 1/3 cup", "how many
tablespoons in 1/4 cup".

    request := amount ("times" | "x" | "×" | "*" | "multiplied by") k  |  k ("times" | "x" | "×" | "*") amount
             | amount ("divided by" | "÷" | "/") k  |  ("double" | "twice" | "triple") amount
             | "half" ("of")? amount  |  fraction "of" amount  |  amount ("plus" | "+" | "minus" | "-") amount
             | "how many" unit ("in" | "is" | "are") amount  |  "convert" amount "to" unit  |  amount "in" unit
    amount  := number unit        number: "1 1/2", "3/4", "2.5", "2"; unit: any of `units.py` (cup, tbsp, lb, km)

Scaling an amount keeps its unit (k is a bare number); a sum or difference needs one dimension, its second amount
converted into the first's unit; a conversion multiplies by size(source)/size(target), exactly. The result is an
`evaluate` request computed over exact fractions; the note names the unit of the answer. Two amounts of different
dimensions, a unit this table does not define, or a division by zero is not read.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Builder, Worded, plain_request
from agentlib.mathsolve.units import factor, unit

_NUMBER = r"(\d+ \d+/\d+|\d+/\d+|\d+(?:\.\d+)?)"
_UNIT = r"([a-z]+)\.?"
_AMOUNT = rf"{_NUMBER} ?{_UNIT}"
_TIMES = r"(?:times|x|×|\*|multiplied by)"
_SCALE = r"(\d+(?:\.\d+)?|\d+/\d+)"
_HALVES = {"half": Fraction(1, 2), "a half": Fraction(1, 2), "a third": Fraction(1, 3), "one third": Fraction(1, 3),
           "a quarter": Fraction(1, 4), "one quarter": Fraction(1, 4), "one half": Fraction(1, 2)}
_MULTIPLES = {"double": 2, "twice": 2, "triple": 3}


def _number(text: str) -> tuple[str, Fraction]:
    """'1 1/2' -> ('(1 + 1/2)', 3/2); '2.5' -> ('2.5', 5/2)."""
    if " " in text:
        whole, part = text.split(" ")
        return f"({whole} + {part})", int(whole) + Fraction(part)
    return text, Fraction(text)


def _amount(number: str, word: str) -> tuple[str, Fraction, str] | None:
    named = unit(word)
    if named is None:
        return None
    formula, value = _number(number)
    return formula, value, named


def _scaled(number: str, word: str, k: str) -> Worded | None:
    amount = _amount(number, word)
    if amount is None or Fraction(k) == 0:
        return None
    formula, _, named = amount
    return Worded(f"{formula}*({k})", f"an amount scaled keeps its unit: the answer is in {named}")


def _divided(number: str, word: str, k: str) -> Worded | None:
    amount = _amount(number, word)
    if amount is None or Fraction(k) == 0:
        return None
    formula, _, named = amount
    return Worded(f"{formula}/({k})", f"an amount divided keeps its unit: the answer is in {named}")


def _part(share: str, number: str, word: str) -> Worded | None:
    value = _HALVES.get(share) or (Fraction(share) if re.fullmatch(r"\d+/\d+", share) else None)
    if value is None or value == 0:
        return None
    return _scaled(number, word, str(value))


def _combined(n1: str, w1: str, sign: str, n2: str, w2: str) -> Worded | None:
    first, second = _amount(n1, w1), _amount(n2, w2)
    if first is None or second is None:
        return None
    ratio = Fraction(1) if first[2] == second[2] else factor(second[2], first[2])
    if ratio is None:
        return None
    operator = "+" if sign in ("plus", "+") else "-"
    if ratio == 1:
        return Worded(f"{first[0]} {operator} {second[0]}", f"two amounts in {first[2]}: the answer is in {first[2]}")
    return Worded(f"{first[0]} {operator} {second[0]}*({ratio})",
                  f"both amounts in {first[2]} (1 {second[2]} = {ratio} {first[2]}): the answer is in {first[2]}")


def _converted(number: str, word: str, target: str) -> Worded | None:
    amount = _amount(number, word)
    asked = unit(target)
    if amount is None or asked is None:
        return None
    ratio = factor(amount[2], asked)
    if ratio is None:
        return None
    return Worded(f"{amount[0]}*({ratio})", f"1 {amount[2]} = {ratio} {asked}")


_SHAPES: list[tuple[re.Pattern[str], Builder]] = [
    (re.compile(rf"{_AMOUNT} {_TIMES} {_SCALE}"), _scaled),
    (re.compile(rf"{_SCALE} {_TIMES} {_AMOUNT}"), lambda k, number, word: _scaled(number, word, k)),
    (re.compile(rf"{_AMOUNT} (?:divided by|÷|/) {_SCALE}"), _divided),
    (re.compile(rf"({'|'.join(_MULTIPLES)}) {_AMOUNT}"),
     lambda word, number, named: _scaled(number, named, str(_MULTIPLES[word]))),
    (re.compile(rf"({'|'.join(_HALVES)}|\d+/\d+) (?:of )?(?:an? )?{_AMOUNT}"), _part),
    (re.compile(rf"{_AMOUNT} (plus|\+|minus|-) {_AMOUNT}"), _combined),
    (re.compile(rf"how many {_UNIT} (?:(?:is|are) (?:there )?in|is|are|in|make) {_AMOUNT}"),
     lambda target, number, word: _converted(number, word, target)),
    (re.compile(rf"convert {_AMOUNT} (?:to|into) {_UNIT}"), _converted),
    (re.compile(rf"{_AMOUNT} (?:in|to) {_UNIT}"), _converted),
]


def read_scaled_measure(text: str) -> Worded | None:
    """The amount `text` asks for by scaling, splitting, adding or converting amounts with units, or None."""
    plain = plain_request(text)
    for pattern, builder in _SHAPES:
        match = pattern.fullmatch(plain)
        if match:
            return builder(*match.groups())
    return None
