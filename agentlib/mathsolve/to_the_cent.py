"""Money shown to the cent ("$2,500 at 4.5% compounded annually for 6 years" = 3255.65, exactly 3255.6503121...).

An amount of money with more than two decimals (compound growth makes them) is read by people in cents; but the
verified value must stay exact, so the answer's value keeps the exact number and adds `to_the_cent`, and the text
leads with the amount rounded half up to the cent (as a bank statement prints it), the exact value after it. A
check records that the two differ by at most half a cent. Amounts already in whole cents, and answers that are not
one real rational number, are left as they are.
"""

from __future__ import annotations

from fractions import Fraction

from agentlib.mathsolve.answer import Answer
from agentlib.mathsolve.checks import Work, display
from agentlib.tools.safe_math import parse_expression

CENTS = 100


def to_the_cent(answer: Answer, work: Work) -> Answer:
    """`answer` led by its amount rounded to the cent when the exact amount has a fraction of a cent."""
    if answer.value.get("kind") != "expression":
        return answer
    value = parse_expression(answer.value["expression"])
    if not getattr(value, "is_Rational", False):
        return answer
    exact = Fraction(int(value.p), int(value.q))
    if (exact * CENTS).denominator == 1:
        return answer
    cents = rounded_cents(exact)
    shown = f"{'-' if cents < 0 else ''}{abs(cents) // CENTS}.{abs(cents) % CENTS:02d}"
    close = abs(Fraction(cents, CENTS) - exact) <= Fraction(1, 2 * CENTS)
    work.checked("To the cent", shown, close, f"|{display(value)} - {shown}| ≤ 0.005", "money rounded half up",
                 role="key")
    if not close:
        return answer
    return Answer(f"{shown} (to the cent; exactly {answer.text})", rf"{shown}\ (\text{{exactly }} {answer.latex})",
                  dict(answer.value, to_the_cent=shown), answer.complete, answer.notes)


def rounded_cents(amount: Fraction) -> int:
    """`amount` in whole cents, half a cent rounded away from zero (on the exact value, never a binary float)."""
    whole, rest = divmod(abs(amount) * CENTS, 1)
    cents = int(whole) + (1 if rest >= Fraction(1, 2) else 0)
    return -cents if amount < 0 else cents


__all__ = ["CENTS", "rounded_cents", "to_the_cent"]
