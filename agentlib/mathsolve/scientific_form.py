"""A number written in scientific notation, as asked: "write 45000 in scientific notation", "0.00045 in scientific
notation", "express 6,020,000 in scientific notation".

The reader makes a `scientific_form` request of the one number typed; the worker writes it as m × 10^k with
1 ≤ |m| < 10, exactly: k is the exponent of the number's leading digit, found by comparing with powers of ten (no
floating point), and m = number / 10^k, shown with every digit it has and no more (45000 is 4.5 × 10^4; how many
of its zeros are significant is not said, so none is added). The check multiplies back. Zero has no leading digit
and is not written so; "standard form" is not read (in the US it means the number written out).
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work
from agentlib.mathsolve.request import MathRequest


def _number(name: str) -> str:
    return rf"(?P<{name}>-?(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{1,40}})?|\d{{1,60}}(?:\.\d{{1,40}})?|\.\d{{1,40}}))"


_NOTATION = r"(?:scientific|exponential)\s+notation"
_ASK = re.compile(
    r"(?:(?:please )?(?:write|express|convert|put|give|show|rewrite|what is|what's|whats)\s+)?" + _number("n") +
    r"\s+(?:written\s+)?(?:in|into|to|as)\s+" + _NOTATION + "|"
    r"(?:what\s+is\s+)?(?:the\s+)?" + _NOTATION + r"\s+(?:of|for)\s+" + _number("m"), re.I)


def read_scientific_form(text: str) -> MathRequest | None:
    """The `scientific_form` request `text` asks, or None when it is not "N in scientific notation"."""
    found = _ASK.fullmatch(" ".join(text.split()).rstrip(" ?.!"))
    if found is None:
        return None
    number = (found.group("n") or found.group("m")).replace(",", "")
    return MathRequest(task="scientific_form", items=(number,), shown=(number,),
                       notes=("read as the number written as m × 10^k with 1 ≤ |m| < 10",))


def _decimal(value: Fraction) -> str:
    """A terminating fraction's decimal digits, all of them and no trailing zero."""
    whole, rest = divmod(abs(value.numerator), value.denominator)
    digits = ""
    while rest and len(digits) < 80:
        rest *= 10
        digit, rest = divmod(rest, value.denominator)
        digits += str(digit)
    if rest:
        raise Abstain("this number's decimal does not end, so its scientific form is not exact", "unsupported")
    return ("-" if value < 0 else "") + str(whole) + (f".{digits}" if digits else "")


def scientific_form(value: Fraction, work: Work) -> Answer:
    """`value` as m × 10^k (1 ≤ |m| < 10), with the product checked back against the value."""
    if value == 0:
        raise Abstain("zero has no leading digit, so it has no scientific form", "unsupported")
    size = abs(value)
    k = len(str(size.numerator)) - len(str(size.denominator))  # within one of the exponent
    while Fraction(10) ** k > size:
        k -= 1
    while Fraction(10) ** (k + 1) <= size:
        k += 1
    mantissa = value / Fraction(10) ** k
    shown = f"{_decimal(mantissa)} × 10^{k}"
    work.verify(f"{shown} = {_decimal(value)}", mantissa * Fraction(10) ** k == value, "exact")
    work.verify("1 ≤ |m| < 10", 1 <= abs(mantissa) < 10, "exact")
    return Answer(shown, f"{_decimal(mantissa)} \\times 10^{{{k}}}",
                  {"kind": "expression", "expression": str(value.numerator) if value.denominator == 1 else
                   f"{value.numerator}/{value.denominator}"})


__all__ = ["read_scientific_form", "scientific_form"]
