"""Odd roots of negative numbers: `(-8)^(1/3)` is -2 on a calculator and 1 + √3·i in SymPy.

SymPy reads `(-8)**(1/3)` as the principal complex root and shows it as `2*(-1)**(1/3)`, which a reader
takes for -2. Both values are standard (a real-mode calculator and a textbook's real cube root give -2; a
complex-analysis course gives the principal value), so an evaluation that raises a negative number to a
fraction with an odd denominator abstains, naming both values and the spelling that picks the real one
(`cbrt(-8)`, "the cube root of -8": a radical over a written-out negative number is its real root).
Even denominators have no real value, so `(-4)^(1/2)` = 2i stays.
"""

from __future__ import annotations

from typing import Any

from agentlib.mathsolve.answer import Abstain
from agentlib.mathsolve.checks import display


def _odd_root_powers(value: Any) -> list[Any]:
    import sympy as sp

    return [p for p in value.atoms(sp.Pow)
            if p.base.is_number and p.base.is_extended_negative and p.exp.is_Rational
            and not p.exp.is_Integer and p.exp.q % 2 == 1]


def refuse_odd_roots_of_negatives(value: Any) -> None:
    """Abstain (ambiguous) when `value` holds a negative number to a power p/q with q odd."""
    import sympy as sp

    powers = _odd_root_powers(value)
    if not powers:
        return
    real = value.xreplace({p: sp.real_root(p.base, p.exp.q) ** p.exp.p for p in powers})
    principal = sp.expand_complex(value)
    raise Abstain(f"a negative number to a fractional power: the real root gives {display(sp.simplify(real))}, "
                  f"the principal complex value is {display(principal)}; a root of a negative number written out "
                  "(cbrt(-8), 'the cube root of -8') is read as the real root", "ambiguous")
