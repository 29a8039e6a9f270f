"""A number written in scientific notation: "write 45000 in scientific notation" -> 4.5 × 10^4, "0.00032 in
scientific notation" -> 3.2 × 10^-4, "express 123456 in scientific notation to 3 significant figures" -> 1.23 × 10^5.

The reader takes one plain number (digits, thousands commas, a decimal point, a sign) and asks for the `scientific`
form of its value. The worker writes it as m × 10^k with 1 ≤ |m| < 10: k from exact comparisons with powers of ten,
m exact where the number's decimal ends (every typed decimal does), or rounded half up to the significant figures
asked; the check multiplies m back by 10^k and compares with the number exactly (or within half a unit of m's last
figure when rounded). Zero has no such form and abstains. "Standard form" is not read: in Britain it means this
notation, in America the plain decimal.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work
from agentlib.mathsolve.request import MathRequest

_NUMBER = r"(?P<n>[-+]?(?:\d{1,3}(?:,\d{3})+|\d{1,40})(?:\.\d{1,40})?|[-+]?\.\d{1,40})"
_FORM = r"(?:scientific|exponential|sci\.?) (?:notation|form)"
_SIG = r"(?:,? (?:to|with|in) (?P<sig>\d{1,2}) (?:significant (?:figures|digits)|sig\.? ?figs?|s\.?f\.?))?"
_SHAPES = [
    re.compile(rf"^(?:(?:please )?(?:write|express|convert|put|give|show|rewrite|change) )?{_NUMBER} "
               rf"(?:in|into|to|as|using) {_FORM}{_SIG}$"),
    re.compile(rf"^(?:what is|what's|whats) {_NUMBER} (?:in|as) {_FORM}{_SIG}$"),
    re.compile(rf"^(?:the )?{_FORM} (?:of|for) {_NUMBER}{_SIG}$"),
]
_ENDS = " ?.!"


def read_scientific_form(text: str) -> MathRequest | None:
    """The request for `text`'s number in scientific notation, or None when `text` is not this request."""
    plain = " ".join(text.lower().split()).rstrip(_ENDS)
    if len(plain) > 200:
        return None
    for pattern in _SHAPES:
        match = pattern.fullmatch(plain)
        if match is None:
            continue
        number = match["n"].replace(",", "").lstrip("+")
        significant = int(match["sig"]) if match["sig"] else None
        if significant == 0:
            return None
        return MathRequest(task="evaluate", items=(number,), shown=(match["n"],), significant=significant,
                           scientific=True, notes=("read as the number in scientific notation",))
    return None


def _decimal(value: Fraction) -> str:
    with localcontext() as context:
        context.prec = 120
        text = format(Decimal(value.numerator) / Decimal(value.denominator), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def scientific_answer(value: Any, significant: int | None, work: Work) -> Answer:
    """`value` (a SymPy rational) as m × 10^k, checked (see the module notes)."""
    if not getattr(value, "is_Rational", False):
        raise Abstain("scientific notation is written here for a number typed in digits", "unsupported")
    exact = Fraction(int(value.p), int(value.q))
    if exact == 0:
        raise Abstain("zero has no scientific notation (its exponent is not defined)", "unsupported")
    size = abs(exact)
    k = len(str(size.numerator)) - len(str(size.denominator))  # within one of the exponent: then exact steps
    while size < Fraction(10) ** k:
        k -= 1
    while size >= Fraction(10) ** (k + 1):
        k += 1
    mantissa = exact / Fraction(10) ** k
    if significant is not None:
        quantum = Decimal(1).scaleb(-(significant - 1))
        with localcontext() as context:
            context.prec = 120
            rounded = (Decimal(mantissa.numerator) / Decimal(mantissa.denominator)).quantize(
                quantum, rounding=ROUND_HALF_UP)
        if abs(rounded) >= 10:  # 9.96 to 2 figures is 10: one place further left
            k, rounded = k + 1, (rounded / 10).quantize(quantum, rounding=ROUND_HALF_UP)
        shown = format(rounded, "f")
        back = Fraction(shown) * Fraction(10) ** k
        close = abs(back - exact) <= Fraction(1, 2) * Fraction(10) ** (k - (significant - 1))
        work.checked("In scientific notation", shown, close, f"{shown} × 10^{k} is within half a unit of the last "
                     f"figure of {_decimal(exact)}", f"rounded to {significant} significant figures", role="key")
    else:
        if not _terminates(mantissa):
            raise Abstain("its decimal does not end: say how many significant figures to keep", "ambiguous")
        shown = _decimal(mantissa)
        back = Fraction(shown) * Fraction(10) ** k
        work.checked("In scientific notation", shown, back == exact, f"{shown} × 10^{k} = {_decimal(exact)}",
                     "exact", role="key")
    text = f"{shown} × 10^{k}"
    return Answer(text, rf"{shown} \times 10^{{{k}}}",
                  {"kind": "expression", "expression": str(value), "scientific": text})


def _terminates(value: Fraction) -> bool:
    rest = value.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    return rest == 1


__all__ = ["read_scientific_form", "scientific_answer"]
