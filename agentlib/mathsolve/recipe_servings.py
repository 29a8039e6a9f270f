"""A recipe scaled by the people it serves: "a recipe for 4 uses 300 g of flour; how much for 6 people", "my
recipe serves 6 and needs 450 g of rice, how much rice for 4 people", "a recipe for 8 servings calls for 1 1/2 cups
of sugar, how many cups for 12 servings", "a recipe that feeds 4 uses 3 eggs, how many eggs to feed 10".

The amount is in proportion to the people: Q × M / N, in the recipe's unit, exactly. Read only when the recipe's
servings N, one amount Q (a whole number, decimal, fraction or mixed number, with its unit and ingredient) and the
servings M asked for are all said; an asked noun must be the recipe's unit or ingredient ("how much rice" of a
recipe with rice). Without N ("a recipe uses 300 g of flour, how much for 6 people") nothing is read.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Worded, plain_request, priced

_AMOUNT = r"(\d{1,4} \d{1,2}/\d{1,2}|\d{1,4}/\d{1,2}|\d{1,6}(?:\.\d{1,4})?)"
_COUNT = r"(\d{1,4})"
_PEOPLE = r"(?: (?:people|persons|servings|portions|guests|adults|kids|children|diners))?"
_SERVES = r"(?:for|that serves|which serves|serving|to serve|serves|that feeds|which feeds|feeds|to feed|makes)"
_USES = r"(?:uses|needs|calls for|takes|requires|has|asks for|with)"
_UNIT = r"(?:(g|grams?|kg|kilograms?|ml|millilit(?:er|re)s?|l|lit(?:er|re)s?|cups?|tbsp|tablespoons?|tsp|" \
        r"teaspoons?|oz|ounces?|lbs?|pounds?|pinch(?:es)?|cloves?|slices?|pieces?|cans?|sticks?) )?"
_THING = r"(?:of )?([a-z]{2,15}(?: [a-z]{2,15})?)"
_ASKED = r"how (?:much|many)(?: ([a-z]{1,15}(?: [a-z]{2,15})?))?(?: of ([a-z]{2,15}(?: [a-z]{2,15})?))?" \
         r"(?: do i need| do you need| is needed| are needed| needed| would i need| will i need| should i use)?"
_WANTED = rf"(?:for|to serve|to feed|to make it for|if i make it for|if i cook for|when cooking for) {_COUNT}{_PEOPLE}"
_SHAPES = [
    re.compile(rf"(?:a |the |my )?recipe {_SERVES} {_COUNT}{_PEOPLE},? (?:and )?{_USES} {_AMOUNT} {_UNIT}{_THING}"
               rf"[,.;]? {_ASKED} {_WANTED}"),
]


def read_recipe_servings(text: str) -> Worded | None:
    """The amount for the servings asked, in proportion, or None when `text` is not this request."""
    plain = plain_request(text).replace("what's ", "what is ")
    for pattern in _SHAPES:
        match = pattern.fullmatch(plain)
        if match is None:
            continue
        servings, amount, unit, thing, asked, asked_of, wanted = match.groups()
        known = {w for w in (unit, thing, thing.split()[-1]) if w}
        known |= {w.rstrip("s") for w in known} | {w + "s" for w in known}
        if any(a is not None and a not in known for a in (asked, asked_of)) or thing in ("for", "to"):
            return None
        n, m, q = Fraction(servings), Fraction(wanted), _amount(amount)
        if n == 0:
            return None
        shown = f"{unit} of {thing}" if unit else thing
        return priced(Worded(f"({q})*({m})/({n})", f"{amount} {shown} for {servings}: × {wanted}/{servings} "
                             f"for {wanted}, in proportion"), q * m / n)
    return None


def _amount(text: str) -> Fraction:
    """'1 1/2' -> 3/2, '3/4' -> 3/4, '2.5' -> 5/2."""
    whole, _, part = text.rpartition(" ")
    return Fraction(whole or 0) + Fraction(part)


__all__ = ["read_recipe_servings"]
