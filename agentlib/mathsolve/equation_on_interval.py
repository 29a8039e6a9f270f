"""One equation in one real variable solved on a bounded interval: "sin x = 1/2 for 0 ≤ x < 2π", and in degrees
("0° ≤ x < 360°": the reader has already written the variable as x·π/180 inside the equation).

SymPy's `solveset` over the interval must return a finite set. Checks of the answer: every solution satisfies the
equation exactly and lies in the interval; and a scan of the interval (4,000 points at 30 digits) refined by Newton's
method finds no root that the answer lacks, so a solver that missed a branch is never reported as complete.
"""

from __future__ import annotations

from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, display, exactly_zero, latex

_SAMPLES = 4_000
_MOST = 50


def solve_on_interval(equation: Any, x: Any, low: Any, high: Any, ends: str, degrees: bool, work: Work) -> Answer:
    """The solutions of `equation` in the interval from `low` to `high` (`ends`: "[]", "[)", "(]" or "()")."""
    import sympy as sp

    if not (low.is_real and high.is_real and low.is_finite and high.is_finite) or not (high - low).is_positive:
        raise Abstain("the interval must have two real ends, the lower first", "not_understood")
    interval = sp.Interval(low, high, ends[0] == "(", ends[1] == ")")
    real = sp.Symbol(x.name, real=True)
    difference = (equation.lhs - equation.rhs).subs(x, real)
    found = sp.solveset(difference, real, interval)
    if not isinstance(found, sp.FiniteSet) and found is not sp.S.EmptySet:  # (no solution: the scan must agree)
        raise Abstain("the solutions on the interval were not found in closed form", "no_closed_form")
    if len(found) > _MOST:
        raise Abstain(f"more than {_MOST} solutions on the interval", "too_large")
    roots = sorted(found, key=lambda r: float(sp.N(r)))
    unit = "°" if degrees else ""
    work.say(f"Solve {display(equation)} for {display(low)} {'≤' if ends[0] == '[' else '<'} {x} "
             f"{'≤' if ends[1] == ']' else '<'} {display(high)}{' (in degrees)' if degrees else ''}", role="main")
    for root in roots:
        work.checked(f"{x} = {display(root)}{unit}", root, exactly_zero(sp.simplify(difference.subs(real, root))),
                     f"{display(equation)} holds at {x} = {display(root)}{unit}", "substituted", role="key")
    work.verify("every solution satisfies the equation exactly",
                all(exactly_zero(sp.simplify(difference.subs(real, r))) for r in roots), "substitution")
    work.verify("every solution lies in the interval", all(interval.contains(r) == sp.true for r in roots), "exact")
    missing = _unlisted_root(difference, real, interval, roots)
    work.verify("a scan of the interval finds no other solution", missing is None,
                f"{_SAMPLES} points and Newton's method" if missing is None else f"a root near {missing}")
    values = [str(r) for r in roots]
    where = (f"{display(low)}{unit} {'≤' if ends[0] == '[' else '<'} {x} {'≤' if ends[1] == ']' else '<'} "
             f"{display(high)}{unit}")
    text = " or ".join(f"{x} = {display(r)}{unit}" for r in roots) if roots else f"no solution with {where}"
    return Answer(text, r",\ ".join(f"{x} = {latex(r)}" + ("^\\circ" if degrees else "") for r in roots) or
                  r"\varnothing", {"kind": "solutions", "variable": str(x), "values": values,
                                  "multiplicities": [1] * len(values), "degrees": degrees})


def _unlisted_root(difference: Any, x: Any, interval: Any, roots: list[Any]) -> float | None:
    """A root of `difference` in `interval` that is not among `roots` (farther than 1e-6 from each: a double root
    converges slowly), found numerically; else None."""
    import mpmath
    import sympy as sp

    f = sp.lambdify(x, difference, "mpmath")
    known = [float(sp.N(r, 30)) for r in roots]
    start, end = float(interval.start), float(interval.end)
    mpmath.mp.dps = 30
    points = [start + (end - start) * k / _SAMPLES for k in range(_SAMPLES + 1)]
    values: list[float | None] = []
    for point in points:
        try:
            value = complex(f(mpmath.mpf(point)))
            values.append(value.real if abs(value.imag) < 1e-12 else None)
        except (ZeroDivisionError, ValueError, TypeError, OverflowError):
            values.append(None)
    guesses = []
    for k in range(1, len(points) - 1):
        left, middle, right = values[k - 1], values[k], values[k + 1]
        if left is None or middle is None or right is None:
            continue
        if left * middle <= 0 or (abs(middle) <= abs(left) and abs(middle) <= abs(right)):
            guesses.append(points[k])
    for guess in guesses:
        try:
            root = float(mpmath.findroot(f, mpmath.mpf(guess), tol=1e-25))
        except (ZeroDivisionError, ValueError, TypeError, OverflowError):
            continue
        inside = interval.contains(sp.Float(root, 30)) == sp.true or any(abs(root - end_) < 1e-12 for end_ in
                                                                          (start, end) if interval.contains(end_))
        if inside and abs(root - guess) < (end - start) / _SAMPLES * 2 and \
                not any(abs(root - k) < 1e-6 * max(1.0, abs(k)) for k in known):
            return root
    return None
