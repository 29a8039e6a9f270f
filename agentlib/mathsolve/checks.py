"""SymPy checks behind every step and answer of the math solver (runs in the sandbox worker).

- `same(a, b)`: two expressions are equal: exactly (expand, cancel, simplify of the difference) or, when
  SymPy cannot decide, at random rational points evaluated with 30 digits (the check says which).
- `numeric_value(e)`: a constant evaluated with 30 digits, as a Python complex, or None.
- `Work`: the steps and verification checks of one computation. A step is shown as checked only when its
  check holds; a step whose check fails is dropped and noted (the answer is verified separately).
- `display` / `latex`: how SymPy objects are shown to people (x^2, sqrt(3)/3, i for the imaginary unit).

Left out: interval arithmetic. A numeric check is a spot check and is labelled as one.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from agentlib.certificate import Check
from agentlib.mathsolve.result import MathStep, StepRole

POINTS = 8
RELATIVE_TOLERANCE = 1e-18
DIGITS = 30


def _sp() -> Any:
    import sympy

    return sympy


def display(value: Any) -> str:
    """A SymPy object as people write it: x^2, sqrt(3)/3, i, ln(x), e^x."""
    sp = _sp()
    if isinstance(value, (list, tuple)):
        return "(" + ", ".join(display(v) for v in value) + ")"
    if isinstance(value, sp.MatrixBase):
        return "[" + ", ".join("[" + ", ".join(display(value[i, j]) for j in range(value.cols)) + "]"
                               for i in range(value.rows)) + "]"
    if isinstance(value, sp.core.relational.Relational):
        symbol = {"==": "=", "!=": "≠", "<=": "≤", ">=": "≥"}.get(value.rel_op, value.rel_op)
        return f"{display(value.lhs)} {symbol} {display(value.rhs)}"
    text = sp.sstr(value)
    text = text.replace("**", "^")
    text = re.sub(r"\bI\b", "i", text)
    text = re.sub(r"\blog\(", "ln(", text)
    text = re.sub(r"\bexp\(([A-Za-z0-9_]+)\)", r"e^\1", text)
    text = re.sub(r"\bexp\(([^()]*)\)", r"e^(\1)", text)
    text = re.sub(r"\b([EI])_\b", r"\1", text)
    return _bars_for_abs(text.replace("lamda", "lambda"))


def _bars_for_abs(text: str) -> str:
    """Abs(x - 1) written |x - 1|, each call found with its matching parenthesis (they nest: Abs(Abs(x) - 1))."""
    while (start := text.find("Abs(")) >= 0:
        depth, end = 0, -1
        for k in range(start + 3, len(text)):
            depth += {"(": 1, ")": -1}.get(text[k], 0)
            if depth == 0:
                end = k
                break
        if end < 0:
            return text
        text = f"{text[:start]}|{text[start + 4:end]}|{text[end + 1:]}"
    return text


def latex(value: Any) -> str:
    sp = _sp()
    if isinstance(value, (list, tuple)):
        return r"\left(" + ", ".join(latex(v) for v in value) + r"\right)"
    return sp.latex(value).replace(r"\lambda", r"\lambda")


def numeric_value(value: Any, digits: int = DIGITS) -> complex | None:
    """A constant as a Python complex (30 digits evaluated), or None when it is not a finite number."""
    sp = _sp()
    try:
        number = sp.N(value, digits)
        if number.free_symbols or number.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
            return None
        result = complex(number)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError, AttributeError, RecursionError):
        return None
    except Exception:  # SymPy's own evaluation failures: no value
        return None
    if result != result or abs(result) == float("inf"):
        return None
    return result


def close_at_precision(a: Any, b: Any, tolerance: float = 1e-20, digits: int = DIGITS) -> tuple[bool, str]:
    """Do two constants agree to `tolerance` (relative), evaluated to `digits` digits by SymPy, and how one reads.

    Unlike `numeric_value` this never passes through a Python float, so 2^2048 + 1 (beyond 1e308) is still compared;
    (False, "not a finite number") when either side has no finite value."""
    sp = _sp()
    try:
        left, right = sp.N(a, digits), sp.N(b, digits)
        if any(v.free_symbols or v.has(sp.zoo, sp.nan, sp.oo, -sp.oo) or not v.is_number for v in (left, right)):
            return False, "not a finite number"
        scale = sp.Max(1, sp.Abs(left), sp.Abs(right))
        agrees = bool(sp.Abs(left - right) <= tolerance * scale)
        return agrees, f"≈ {sp.N(right, 15)}"
    except (TypeError, ValueError, ZeroDivisionError, OverflowError, AttributeError, RecursionError):
        return False, "not a finite number"
    except Exception:  # SymPy's own evaluation failures: no value
        return False, "not a finite number"


def close(a: complex, b: complex, tolerance: float = RELATIVE_TOLERANCE) -> bool:
    return abs(a - b) <= tolerance * max(1.0, abs(a), abs(b))


def random_points(symbols: Iterable[Any], rng: random.Random) -> dict[Any, Any]:
    """Random points as 40-digit floats (an exact rational in x**x would be computed exactly, digit by digit)."""
    sp = _sp()
    return {s: sp.Float(sp.Rational(rng.randint(-400, 400), rng.randint(7, 97)), 40) for s in symbols}


def exactly_zero(difference: Any) -> bool:
    """SymPy proves `difference` is 0 (expand, cancel, simplify), never by numbers."""
    sp = _sp()
    if difference == 0:
        return True
    for simplifier in (sp.expand, sp.cancel, sp.simplify):
        try:
            if simplifier(difference) == 0:
                return True
        except Exception:  # a simplifier that fails proves nothing
            continue
    return False


@dataclass(frozen=True)
class Verdict:
    holds: bool | None  # None: could not decide
    how: str


def same(left: Any, right: Any, *, positive: bool = False, seed: int = 0) -> Verdict:
    """Whether two expressions are equal: exactly, or at random points (said so). `positive`: sample x > 0."""
    sp = _sp()
    try:
        difference = left - right
    except Exception:
        return Verdict(None, "not comparable")
    if exactly_zero(difference):
        return Verdict(True, "exact")
    symbols = sorted(difference.free_symbols, key=str)
    rng = random.Random(seed)
    agreed = 0
    for _ in range(POINTS * 3):
        point = random_points(symbols, rng)
        if positive:
            point = {s: abs(v) + sp.Float(1, 40) / 7 for s, v in point.items()}
        a, b = numeric_value(left.subs(point)), numeric_value(right.subs(point))
        if a is None or b is None:
            continue
        if not close(a, b, 1e-15):
            return Verdict(False, f"differ at {', '.join(f'{k}={v}' for k, v in point.items())}")
        agreed += 1
        if agreed >= POINTS:
            return Verdict(True, f"equal at {agreed} random points")
    return Verdict(None, "could not be compared")


@dataclass
class Work:
    """Steps and verification checks of one computation."""

    steps: list[MathStep] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    dropped: int = 0
    conditions: list[str] = field(default_factory=list)  # where the answer holds ("a ≠ 0"), shown with it

    def say(self, text: str, value: Any = None, *, role: StepRole = "main", explanation: str = "") -> None:
        """A step that explains and computes nothing new: never marked as checked."""
        math, tex = ("", "") if value is None else (_shown(value), _latex_of(value))
        self.steps.append(MathStep(text, math, tex, None, role, explanation))

    def equal(self, text: str, left: Any, right: Any, *, shown: Any = None, role: StepRole = "main",
              explanation: str = "", positive: bool = False) -> bool:
        """A step claiming `left` = `right` (displayed as `shown`, default `right`), shown only if it holds."""
        verdict = same(left, right, positive=positive)
        value = right if shown is None else shown
        if verdict.holds:
            claim = f"{display(left)} = {display(right)}"
            self.steps.append(MathStep(text, _shown(value), _latex_of(value),
                                       Check(claim[:300], "holds", verdict.how), role, explanation))
            return True
        self.dropped += 1
        return False

    def checked(self, text: str, value: Any, holds: bool, claim: str, detail: str = "", *, role: StepRole = "main",
                explanation: str = "") -> bool:
        """A step whose truth was established by the caller (e.g. a root substituted back)."""
        if holds:
            self.steps.append(MathStep(text, _shown(value), _latex_of(value), Check(claim[:300], "holds", detail),
                                       role, explanation))
            return True
        self.dropped += 1
        return False

    def verify(self, claim: str, holds: bool | None, detail: str = "") -> bool:
        """One check of the final answer (a failing or undecided one keeps the answer unverified)."""
        self.checks.append(Check(claim[:300], "holds" if holds else "fails",
                                 detail if holds is not None else (detail or "undecided")))
        return bool(holds)

    @property
    def all_hold(self) -> bool:
        return bool(self.checks) and all(c.result == "holds" for c in self.checks)


def _shown(value: Any) -> str:
    return value if isinstance(value, str) else display(value)


def _latex_of(value: Any) -> str:
    if isinstance(value, str):
        return ""
    try:
        return latex(value)
    except Exception:
        return ""
