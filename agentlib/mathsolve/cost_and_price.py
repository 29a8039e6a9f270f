"""A shop's cost and price in words, each quantity found by its own name in any order: markup ("I buy at $40 and
sell at $60, what's my markup percentage"), margin ("profit margin if cost is $40 and price is $60"), break-even
("break even units if fixed costs are $5000, price $25 and variable cost $15 per unit") and sales tax ("price with
8% sales tax on $250", "how much is the 8% sales tax on $250").

Each formula is the textbook's, named by its word, so none is guessed between:

    markup     (price - cost) / cost × 100, in percent
    margin     (price - cost) / price × 100, in percent ("profit margin", "gross margin")
    break-even fixed costs / (price - variable cost per unit), in units; a break-even that is not a whole number
               of units abstains (the exact value or the next whole unit: the words do not say which)
    sales tax  the price with the tax: amount × (1 + rate/100) ("price with", "total with", "after", "including");
               the tax alone: amount × rate/100 ("how much is the ... tax", "the tax on")

Every number must be claimed by its name ("cost", "buy at", "price", "sell at", "fixed costs", "variable cost") and
every other word must be a connecting word; a quantity named twice, or a loss where the words say profit, abstains.
The result is an `evaluate` request, computed exactly.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import MOST_DIGITS, Worded, plain_request, priced

_MONEY = r"\$ ?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_PERCENT = r"(\d+(?:\.\d+)?) ?(?:%|percent\b)"
_IS = r"(?: is| are| of| at| =|:)?"
_NAMES = {
    "fixed": re.compile(rf"\bfixed costs?{_IS} {_MONEY}"),
    "variable": re.compile(rf"\bvariable costs?(?: per unit)?{_IS} {_MONEY}(?: (?:per|a|each) unit)?"),
    "cost": re.compile(rf"(?:\b(?:the )?cost(?: price)?{_IS}|\bbuy (?:it |them )?(?:at|for)|\bbought (?:it |them )?"
                       rf"(?:at|for)|\bcosts? me) {_MONEY}"),
    "price": re.compile(rf"(?:\b(?:the )?(?:selling |sale |unit )?price(?: per unit)?{_IS}|\bsell (?:it |them )?"
                        rf"(?:at|for)|\bsold (?:it |them )?(?:at|for)) {_MONEY}(?: (?:per|a|each) unit)?"),
}
_ASKED = {
    "markup": re.compile(r"\bmark-?up(?: percentage| percent| %)?\b"),
    "margin": re.compile(r"\b(?:(?:profit|gross) )?margin(?: percentage| percent| %)?\b"),
    "break_even": re.compile(r"\bbreak[- ]?even(?: point)?(?: units| quantity| in units)?\b"),
}
_CONNECTING = frozenset("""
what is my the a an if and i when with per unit units how many much do need to sell it's its in of percentage
percent
""".split())


def _claimed(plain: str) -> tuple[dict[str, Fraction], str] | None:
    """The named amounts of `plain`, each said once, and the text left when they are taken out."""
    found: dict[str, Fraction] = {}
    rest = plain
    for name, pattern in _NAMES.items():
        matches = list(pattern.finditer(rest))
        if len(matches) > 1:
            return None
        if matches:
            if len(matches[0].group(1)) > MOST_DIGITS:
                return None
            found[name] = Fraction(matches[0].group(1).replace(",", ""))
            rest = rest[:matches[0].start()] + " " + rest[matches[0].end():]
    return found, rest


def _percent_of(top: Fraction, bottom: Fraction, formula: str, note: str) -> Worded | None:
    if bottom <= 0 or top < 0:
        return None  # a loss, or a zero cost or price: not the profit the words name
    return priced(Worded(formula, note), top / bottom * 100)


def _business(plain: str) -> Worded | None:
    asked = [name for name, pattern in _ASKED.items() if pattern.search(plain)]
    if len(asked) != 1:
        return None
    claimed = _claimed(plain)
    if claimed is None:
        return None
    found, rest = claimed
    rest = _ASKED[asked[0]].sub(" ", rest)
    if any(word not in _CONNECTING for word in re.findall(r"[a-z$%'-]+|\d+", rest.replace(",", " "))):
        return None
    if asked[0] == "break_even":
        if set(found) != {"fixed", "price", "variable"} or found["price"] <= found["variable"]:
            return None
        units = found["fixed"] / (found["price"] - found["variable"])
        if units.denominator != 1:
            return None  # 333.3 units: the exact value or the next whole unit, the words do not say
        return Worded(f"({found['fixed']})/(({found['price']}) - ({found['variable']}))",
                      "break-even units = fixed costs / (price - variable cost per unit)")
    if set(found) != {"cost", "price"}:
        return None
    cost, price = found["cost"], found["price"]
    if asked[0] == "markup":
        return _percent_of(price - cost, cost, f"(({price}) - ({cost}))/({cost})*100",
                           "markup = (price - cost) / cost × 100")
    return _percent_of(price - cost, price, f"(({price}) - ({cost}))/({price})*100",
                       "margin = (price - cost) / price × 100")


_TAX_TOTAL = re.compile(rf"(?:the )?(?:total |final )?(?:price|cost|total) (?:with|after|including|plus) (?:an? )?"
                        rf"{_PERCENT} (?:sales )?tax (?:on|for|of) {_MONEY}")
_TAX_ALONE = re.compile(rf"(?:how much is )?(?:the )?{_PERCENT} (?:sales )?tax (?:on|for) {_MONEY}|"
                        rf"(?:the )?(?:sales )?tax (?:on|for) {_MONEY} at {_PERCENT}")


def _sales_tax(plain: str) -> Worded | None:
    if (total := _TAX_TOTAL.fullmatch(plain)) is not None:
        rate, amount = (Fraction(g.replace(",", "")) for g in total.groups())
        return priced(Worded(f"({amount})*(1 + ({rate})/100)", "price with tax = price × (1 + rate/100)"),
                      amount * (1 + rate / 100))
    if (alone := _TAX_ALONE.fullmatch(plain)) is not None:
        groups = alone.groups()
        rate_text, amount_text = (groups[0], groups[1]) if groups[0] is not None else (groups[3], groups[2])
        rate, amount = Fraction(rate_text), Fraction(amount_text.replace(",", ""))
        return priced(Worded(f"({amount})*({rate})/100", "tax = price × rate/100"), amount * rate / 100)
    return None


def read_cost_and_price(text: str) -> Worded | None:
    """The markup, margin, break-even or sales tax `text` asks for, or None when it is not one of them."""
    plain = plain_request(text).replace("’", "'").replace("what's", "what is").replace("?", " ")
    plain = " ".join(plain.split())
    if len(plain) > 300 or any(len(n) > MOST_DIGITS for n in re.findall(r"\d[\d,.]*", plain)):
        return None
    return _sales_tax(plain) or _business(plain)


__all__ = ["read_cost_and_price"]
