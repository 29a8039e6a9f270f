"""An equation a trace gets by adding or subtracting the equations of a linear system holds at its solution.

"x + y = 22 and x - y = 6", then "adding the equations gives 2x = 22 - 6 = 16": a sum, difference or any other
combination of two equations holds wherever both hold, so at their one common solution (x = 14, y = 8), where
2x is 28, not 16. The system is two independent linear equations in the same two letters, the only ones the
problem and the trace wrote in those letters, the earlier at most three steps back. The equation checked is the
first after a step's announcement of a combination of two equations ("adding the two equations", "subtracting
(2) from (1)", "the sum of the equations"; not "combining like terms" nor "adding 3 to both sides of (2)"), in
the same sentence, and in one of the two letters: the elimination a combination is made for. It is read at its
ends ("2x = 22 - 6 = 16" claims 2x = 16); the refutation names the two equations and their solution. With
decimals in sight, a miss within 1% may be rounding and is left unchecked.

Left out: systems in three or more unknowns, three or more equations in the same letters (which two were
combined is not certain), nonlinear equations, systems with no or many solutions, and combinations the step
does not announce (a later equation may belong to a new question about the same letters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agentlib.checking.report import ClaimResult, Rule

# a step's words that announce an equation got by combining two of the system's equations: "adding the two
# equations", "subtracting (2) from (1)", "the sum of the equations"; not "combining like terms" nor "adding 3 to
# both sides of (2)": one equation, which may belong to no system
_ONE = r"(?:\beq(?:uation|n)?\.?\s*\(?\d\)?|(?<![\w)\]}])\(\s*\d\s*\))"
_TWO = (rf"(?:\bequations\b|{_ONE}\s*(?:and|from|to|with|\+|-)\s*{_ONE}"
        r"|\b(?:first|second)\s+equation\b[^.;:?!]{0,20}?\b(?:to|from)\s+the\s+(?:first|second)\b)")
_COMBINES = re.compile(
    rf"\b(?:add|subtract)(?:ing|ed|s)?\b(?:(?!\bsides?\b)[^.;:?!]){{0,40}}?{_TWO}"
    rf"|\b(?:sum|difference)\s+of\s+(?:the\s+|these\s+)?(?:two\s+)?{_TWO}"
    r"|\bsubtract(?:ing)?\s+the\s+(?:first|second)\s+(?:equation\s+)?from\s+the\s+(?:first|second)\b", re.I)
_MOVES_ON = re.compile(r"[.;!?](?:\s|$)|\b(?:so|then|thus|hence|therefore|substitut\w*|plug\w*)\b", re.I)
_REACH = 120  # characters before an equation in which its step announces the combination
_RECENT_STEPS = 3  # the system's equations were written this many steps back at most
_MAX_REMEMBERED = 64


@dataclass
class LinearSystem:
    """The linear equations in two letters seen so far (latest last), each with its text and where it came from."""

    equations: list[tuple[Any, str, int]] = field(default_factory=list)  # (lhs - rhs, text, step; 0: the problem)
    step: int = 0

    def check(self, step: str, number: int) -> list[ClaimResult]:
        """Refute an announced combination that misses the system's solution; then remember the step's equations
        in two letters. `number` is the step's printed number (0: the problem)."""
        self.step = number
        results: list[ClaimResult] = []
        used: set[int] = set()  # announcements whose equation was read: each introduces one equation
        for text, (lhs, rhs), before in _equations(step):
            difference = lhs - rhs
            letters = difference.free_symbols
            announced = _announcement(before)
            solution = None
            if announced is not None and announced not in used and len(letters) == 1:
                used.add(announced)  # the equation that eliminates a letter: what adding or subtracting is for
                solution = self._solution(letters)
            if solution is not None:
                result = _at_solution(text, (lhs, rhs), solution)
                if result is not None:
                    results.append(result)
                    continue  # a refuted equation is no part of the system
            if len(letters) == 2 and _linear(difference):
                self.equations.append((difference, text, number))
                del self.equations[:-_MAX_REMEMBERED]
        return results

    def _solution(self, letters: set[Any]) -> tuple[dict[Any, Any], str] | None:
        """The one solution of the latest two equations in two letters, when they are in the same two letters that
        hold `letters`, written at most `_RECENT_STEPS` steps back and independent, with their description."""
        import sympy

        if not letters or len(self.equations) < 2:
            return None
        (earlier, earlier_text, earlier_step), (latest, text, step) = self.equations[-2:]
        pair = latest.free_symbols
        if earlier.free_symbols != pair or not letters <= pair or self.step - earlier_step > _RECENT_STEPS:
            return None
        if sum(1 for equation, _, _ in self.equations if equation.free_symbols & pair) > 2:
            return None  # more equations in these letters: which two were combined is not certain
        solved = sympy.solve([earlier, latest], sorted(pair, key=str), dict=True)
        if len(solved) != 1 or set(solved[0]) != pair or not all(v.is_Rational for v in solved[0].values()):
            return None  # dependent or inconsistent: no single solution to put an equation to
        return solved[0], f"{_where(earlier_step)}: {earlier_text}; {_where(step)}: {text}"


def _announcement(before: str) -> int | None:
    """Where the announcement of the equation that follows `before` ends, or None: the last one within `_REACH`
    characters, with no sentence end or new move ("so", "then", "substituting") between it and the equation."""
    start = max(0, len(before) - _REACH)
    found = None
    for match in _COMBINES.finditer(before, start):
        found = match
    if found is None or _MOVES_ON.search(before[found.end():]):
        return None
    return found.end()


def _where(step: int) -> str:
    return f"step {step}" if step else "the problem"


def _at_solution(text: str, sides: tuple[Any, Any], solution: tuple[dict[Any, Any], str]) -> ClaimResult | None:
    import sympy

    values, described = solution
    left, right = (side.subs(values) for side in sides)
    if not (left.is_Rational and right.is_Rational):
        return None
    if left == right:
        return ClaimResult("algebra", text, "verified", rule=Rule.COMBINED)
    if "." in text + described and abs(left - right) <= abs(right) / 100:
        return ClaimResult("algebra", text, "unchecked", reason="decimals, perhaps rounded", rule=Rule.COMBINED)
    shown = ", ".join(f"{letter} = {values[letter]}" for letter in sorted(values, key=str))
    side = sides[0] if sides[0].free_symbols else sides[1]
    other = right if side is sides[0] else left
    return ClaimResult("algebra", f"{text} follows from the system", "refuted", rule=Rule.COMBINED,
                       source=described,
                       correct=f"the system holds only at {shown}, where {sympy.sstr(side)} = "
                               f"{left if side is sides[0] else right}, not {other}")


def _equations(step: str) -> list[tuple[str, tuple[Any, Any], str]]:
    """(text, (lhs, rhs), text before it) of each linear equation in a step, read at its ends."""
    from agentlib.checking.algebra import _implicit_products, spans
    from agentlib.checking.members import too_large
    from agentlib.tools.safe_math import ExpressionError, normalize_latex, parse_equation

    found = []
    for span, before, _ in spans(step):
        if len(span) > 300 or too_large(span):
            continue
        text = _implicit_products(normalize_latex(span)).strip()
        if text.count("=") < 1 or re.search(r"[<>≤≥]", text):
            continue
        sides = text.split("=")
        try:
            equation = parse_equation(f"{sides[0]} = {sides[-1]}")
        except (ExpressionError, ValueError, TypeError, RecursionError, ArithmeticError, AttributeError):
            continue
        if not getattr(equation, "is_Relational", False):
            continue
        difference = equation.lhs - equation.rhs
        if difference.free_symbols and _linear(difference):
            found.append((text, (equation.lhs, equation.rhs), before))
    return found


def _linear(expression: Any) -> bool:
    """A polynomial of degree one in its letters, with rational coefficients."""
    import sympy

    try:
        poly = sympy.Poly(expression, *sorted(expression.free_symbols, key=str))
    except (sympy.PolynomialError, sympy.polys.polyerrors.GeneratorsNeeded, TypeError, ValueError):
        return False
    return poly.total_degree() == 1 and all(c.is_Rational for c in poly.coeffs())
