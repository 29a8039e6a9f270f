"""Which of two offers is cheaper for what you get: "which is cheaper, 500 g for $3.20 or 750 g for $4.50", "is the
12-pack at $5.99 or the 20-pack at $9.49 the better deal", "which is the better buy: 12 eggs for $3.50 or 18 eggs
for $4.99".

Each offer is an amount and a price ("500 g for $3.20", "$4.50 for 750 g", "the 20-pack at $9.49"); both amounts
must be in the same unit as written (grams with grams, a pack with a pack, eggs with eggs), so the comparison is
of like with like: a kg against grams, or litres against ounces, is not read. The question must ask which is
cheaper, the better deal, buy or value. The answer names the offer with the lower price per unit first, with both
unit prices; equal unit prices are said to be the same. Computed exactly and checked by cross-multiplication (price
A × amount B against price B × amount A), which needs no division.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

from agentlib.mathsolve.answer import Answer
from agentlib.mathsolve.checks import Work
from agentlib.mathsolve.everyday_formulas import plain_request
from agentlib.mathsolve.request import MathRequest

_NUM = r"\d{1,6}(?:\.\d{1,3})?"
_PRICE = (r"(?:[$£€] ?(?P<{0}>\d{{1,6}}(?:\.\d{{1,2}})?)|"
          r"(?P<{0}_word>\d{{1,6}}(?:\.\d{{1,2}})?) ?(?:dollars|euros|pounds))")
_UNIT = r"[a-z]{1,12}"


def _offer(n: str) -> str:
    price = _PRICE.format(f"price{n}")
    return (rf"(?:(?:the |a )?(?P<amount{n}>{_NUM}) ?(?P<unit{n}>{_UNIT})? (?:for|at|costs?) {price}|"
            rf"(?:the |a )?(?P<pamount{n}>{_NUM})-(?P<punit{n}>pack|piece|count|roll|can|bottle|box|bag|pk) "
            rf"(?:for|at|costs?) {_PRICE.format(f'pprice{n}')}|"
            rf"{_PRICE.format(f'rprice{n}')} for (?:a |the )?(?P<ramount{n}>{_NUM})(?:-| ?)(?P<runit{n}>{_UNIT})?)")


_CHEAPER = r"(?:cheaper|the better (?:deal|buy|value|price)|a better (?:deal|buy|value)|better value|the best deal)"
_PAIR = rf"{_offer('a')},? or {_offer('b')}"
_SHAPES = (
    re.compile(rf"which (?:one )?is {_CHEAPER}[,:]? {_PAIR}"),
    re.compile(rf"is {_PAIR},? {_CHEAPER}"),
    re.compile(rf"{_PAIR},? which (?:one )?is {_CHEAPER}"),
    re.compile(rf"which is {_CHEAPER}[,:]? {_PAIR}"),
    re.compile(rf"(?:the )?better (?:deal|buy|value)[,:]? {_PAIR}"),
)
_PLURAL = re.compile(r"(?<=[a-z])s$")


def _parts(match: re.Match[str], n: str) -> tuple[str, str, str] | None:
    """(amount, unit, price) of offer `n`, whichever of its wordings matched."""
    for prefix in ("", "p", "r"):
        amount = match[f"{prefix}amount{n}"]
        if amount is not None:
            price = match[f"{prefix}price{n}"] or match[f"{prefix}price{n}_word"]
            unit = match[f"{prefix}unit{n}"] or ""
            return amount, unit, price
    return None


def read_better_buy(text: str) -> MathRequest | None:
    """The comparison `text` asks for, or None when it is not this question."""
    plain = plain_request(text).replace("’", "'").rstrip(" ?")
    match = next((m for shape in _SHAPES if (m := shape.fullmatch(plain))), None)
    if match is None:
        return None
    offers = [_parts(match, "a"), _parts(match, "b")]
    if None in offers:
        return None
    (amount_a, unit_a, price_a), (amount_b, unit_b, price_b) = offers  # type: ignore[misc]
    if _PLURAL.sub("", unit_a) != _PLURAL.sub("", unit_b) or Fraction(amount_a) == 0 or Fraction(amount_b) == 0:
        return None  # unlike units, or nothing bought
    packed = match["pamounta"] is not None
    label_a = f"{amount_a}-{unit_a}" if packed else f"{amount_a} {unit_a}".strip()
    label_b = f"{amount_b}-{unit_b}" if match["pamountb"] is not None else f"{amount_b} {unit_b}".strip()
    if label_a == label_b:
        return None
    return MathRequest(task="better_buy", items=(price_a, amount_a, price_b, amount_b),
                       shown=(label_a, label_b, "item" if packed else _PLURAL.sub("", unit_a) or "item"),
                       notes=("read as: the lower price per unit is the better buy",))


def better_buy(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    """Name the offer with the lower price per unit (see the module docstring)."""
    import sympy as sp

    price_a, amount_a, price_b, amount_b = (sp.nsimplify(o, rational=True) for o in objects)
    label_a, label_b, unit = request.shown
    per_a, per_b = price_a / amount_a, price_b / amount_b
    for label, per, price, amount in ((label_a, per_a, price_a, amount_a), (label_b, per_b, price_b, amount_b)):
        work.checked(f"{label}: {price} ÷ {amount}", per, True, f"{sp.sstr(per)} per {unit}", "exact")
    cross = sp.sign(price_a * amount_b - price_b * amount_a)
    work.verify("the cross-multiplied prices order the offers the same way", cross == sp.sign(per_a - per_b), "exact")
    shown_a, shown_b = (f"{float(per):.4g} per {unit}" for per in (per_a, per_b))
    if cross == 0:
        return Answer(f"the same: {label_a} and {label_b} both cost {shown_a}", r"\text{the same}",
                      {"kind": "text", "text": "the same"})
    (better, better_per), (worse, worse_per) = sorted(((label_a, shown_a), (label_b, shown_b)),
                                                      key=lambda o: 0 if (o[0] == label_a) == (cross < 0) else 1)
    return Answer(f"the {better} is cheaper ({better_per}, against {worse_per} for the {worse})",
                  rf"\text{{{better}}}", {"kind": "text", "text": better})


__all__ = ["better_buy", "read_better_buy"]
