"""Misquoted rates: a step gives a problem's rate ("$6.00 per skirt") another of the problem's numbers ("$8.00/skirt").

Word problems state prices and rates once ("$5.00 per blouse, $6.00 per skirt and $8.00 per pair of
pants"); a trace that copies one of them with a value the problem gives for something else has swapped
two quantities. That is a misreading no arithmetic check sees, since "1 x 8.00 = 8.00" is true. The
flag is "unsupported", like an unknown operand (`grounding.py`): a step may have a reason the text does
not give, so it is for review.

A rate is a number, maybe a unit ("miles", "pounds of ore", "$"), then "per", "a", "an", "each", "for each"
or "/" and a noun; rates are the same when both unit and noun are ("4 dozen a day" and "12 pounds per day"
are not). A problem rate counts only when the problem gives its noun one value; the step's value must be
another number written in the problem and not one the trace computed (a derived rate is the trace's own
business).

Left out: counts ("5 blouses": traces derive new counts of the same things all the time) and rates
written noun first ("each blouse costs $5").
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.checking.grounding import show_value
from agentlib.checking.report import ClaimResult, Rule

_RATE = re.compile(
    r"(?<![\d.,])(\\?\$)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*"
    r"(dollars?|cents?|\\?%|(?!per\b|an?\b|each\b|for\b)[a-z]+(?:\s+of\s+[a-z]+)?)?\s*"
    r"(?:/\s*|\bper\s+|\ba\s+|\ban\s+|\beach\s+|\bfor\s+(?:each|every)\s+)"
    r"(?:\\(?:text|mathrm|mbox)\s*\{\s*)?(?:(?:pair|piece|bag|box|pound|dozen)s?\s+of\s+)?([a-z]{3,})\b",
    re.I)
_NOT_NOUNS = {"the", "and", "for", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
              "total", "bit", "lot", "few", "couple", "half", "third", "quarter", "little"}

Rate = tuple[str, str]  # (unit of the amount: "$", "%", "pound", "" when none; the noun after "per")


def rates_in(text: str) -> dict[Rate, set[Fraction]]:
    """(unit, noun) -> the values the text gives that rate ("$6.00 per skirt" -> {("$", "skirt"): {6}};
    "12 pounds of ore per day" -> {("pound", "day"): {12}})."""
    found: dict[Rate, set[Fraction]] = {}
    for dollar, whole, decimals, unit, noun in _RATE.findall(text):
        noun = _singular(noun.lower())
        if noun in _NOT_NOUNS:
            continue
        found.setdefault((_unit(dollar, unit), noun), set()).add(Fraction(whole.replace(",", "") + (decimals or "")))
    return found


class Quotes:
    """The problem's one-valued rates; `check` flags a step that quotes one with another problem number."""

    def __init__(self, problem: str, problem_values: set[Fraction]):
        self.rates = {rate: values.pop() for rate, values in rates_in(problem).items() if len(values) == 1}
        self.problem_values = problem_values

    def check(self, step: str, computed: set[Fraction]) -> list[ClaimResult]:
        for rate, values in rates_in(step).items():
            stated = self.rates.get(rate)
            if stated is None:
                continue
            for value in sorted(values):
                if value != stated and value in self.problem_values and value not in computed:
                    return [ClaimResult(
                        "grounding", _show_rate(value, rate), "unsupported", rule=Rule.MISQUOTED_RATE,
                        source=f"the problem: {_show_rate(stated, rate)}",
                        correct=f"the problem gives {_show_rate(stated, rate)}; "
                                f"{show_value(value)} is another of its numbers")]
        return []


def _unit(dollar: str, unit: str) -> str:
    unit = unit.lower().replace("\\", "")
    if dollar or unit.startswith("dollar"):
        return "$"
    if unit.startswith("cent"):
        return "cent"
    if unit == "%":
        return "%"
    return _singular(unit.split()[0]) if unit else ""


def _show_rate(value: Fraction, rate: Rate) -> str:
    unit, noun = rate
    amount = f"${show_value(value)}" if unit == "$" else f"{show_value(value)}{unit}" if unit == "%" else \
        f"{show_value(value)} {unit}".rstrip()
    return f"{amount} per {noun}"


def _singular(noun: str) -> str:
    for suffix, replacement in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("s", "")):
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2 and not noun.endswith("ss"):
            return noun[: -len(suffix)] + replacement
    return noun
