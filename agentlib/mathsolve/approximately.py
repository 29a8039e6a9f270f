"""A measurement's decimal shown beside its exact value ("10 km in miles" = 78125/12573 ≈ 6.2137; "the radius of a
circle of area 100" = 10/sqrt(pi) ≈ 5.6419).

People converting units or measuring a room read decimals, but a conversion such as km to miles has no terminating
decimal; rounding it silently would make the verified value inexact. So the answer's value stays exact and the
text shows the decimal rounded half up to `PLACES` places next to it, with a check that the two differ by at most
half a unit in the last place. So does a decimal that ends only after more than `PLACES` places (a chance over 100
tries, 1 - 0.99^100, ends after 200). Whole numbers and short decimals are left as they are (the `decimal` form
writes those out exactly); a value that is not one real number is left alone too.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from agentlib.mathsolve.answer import Answer
from agentlib.mathsolve.checks import Work, display
from agentlib.mathsolve.decimals import decimal_text, terminates
from agentlib.tools.safe_math import parse_expression

PLACES = 4


def approximately(answer: Answer, work: Work) -> Answer:
    """`answer` with "≈ d" after its exact text when its value is a rational whose decimal never ends or is long."""
    if answer.value.get("kind") != "expression":
        return answer
    value = parse_expression(answer.value["expression"])
    if getattr(value, "is_number", False) and value.is_real and not value.is_Rational:
        return _irrational(answer, value, work)  # "10/sqrt(pi)", "20*sqrt(2)": exact, with its decimal beside
    if not (getattr(value, "is_Rational", False) and not value.is_Integer):
        return answer
    exact = Fraction(int(value.p), int(value.q))
    if terminates(value) and (exact * 10**PLACES).denominator == 1:
        return answer  # its exact decimal is short: nothing to round
    shown = _rounded(exact)
    return _with_decimal(answer, value, shown, abs(Fraction(shown) - exact) <= Fraction(1, 2 * 10**PLACES), work)


def _with_decimal(answer: Answer, value, shown: str, close: bool, work: Work) -> Answer:  # type: ignore[no-untyped-def]
    """`answer` with "≈ shown" beside its exact text, the rounding recorded as a checked step; as it was when the
    rounded decimal is not within half a unit in its last place."""
    work.checked("As a decimal", shown, close, f"|{display(value)} - {shown}| ≤ 0.5 × 10^-{PLACES}",
                 f"rounded to {PLACES} decimal places", role="key")
    if not close:
        return answer
    return Answer(f"{answer.text} ≈ {shown}", rf"{answer.latex} \approx {shown}",
                  dict(answer.value, approximately=shown), answer.complete, answer.notes)


def _irrational(answer: Answer, value, work: Work) -> Answer:  # type: ignore[no-untyped-def]
    """An irrational real's decimal to `PLACES` places, from 40 digits; shown only when SymPy confirms exactly that
    it lies within half a unit in the last place."""
    import sympy as sp

    digits = sp.N(value, 40)
    if not digits.is_Float:
        return answer
    shown = _rounded(Fraction(str(digits)))
    close = bool((sp.Abs(value - sp.Rational(shown)) - sp.Rational(1, 2 * 10**PLACES)).is_nonpositive)
    return _with_decimal(answer, value, shown, close, work)


def _rounded(exact: Fraction) -> str:
    quantum = Decimal(1).scaleb(-PLACES)
    scaled = exact * 10**PLACES  # half up on the exact value, never on a binary float
    whole, rest = divmod(abs(scaled.numerator), scaled.denominator)
    if 2 * rest >= scaled.denominator:
        whole += 1
    digits = Decimal(whole).scaleb(-PLACES).quantize(quantum, rounding=ROUND_HALF_UP)
    return decimal_text(-digits if exact < 0 else digits)


__all__ = ["PLACES", "approximately"]
