"""Listed solutions: numbers a step gives as "all" the solutions must each satisfy the problem's one condition.

"Determine all integer values of $x$ such that $(x^2-3)(x^2+5)<0$", then "\\boxed{-2, -1, 0, 1, 2}": at
x = -2 the condition is false. The condition is the problem's only relation (=, <, ≤, ... or a chain of them)
in math, in one unknown; the problem must ask for all values or solutions, not a count, sum or extreme of them.
A list is two or more numbers, boxed, or a whole math span right after "the solutions are" (or "values",
"integers", ...) in a step that says the condition holds or is satisfied. Each number is substituted:
exactly when it is rational, to 1e-9 of scale otherwise (a number on the boundary of an inequality is left
alone).

Left out: whether the list is complete (a missing solution), intervals, lists of pairs, conditions in two or
more unknowns or joined by "or", and lists a step only tests ("check x = -2, -1, 0").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from agentlib.checking.algebra import MAX_EXPONENT
from agentlib.checking.members import parse_member
from agentlib.checking.report import ClaimResult, Rule

_PROBLEM_SPAN = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]", re.S)
_RELATION = re.compile(r"<|>|\\(?:le|ge|leq|geq|lt|gt|leqslant|geqslant)(?![A-Za-z])|(?<![<>!\\])=")
_ASKS_ALL = re.compile(r"\b(?:all|every)\b[^.?]{0,60}\b(?:values?|solutions?|integers?|numbers?|roots?)\b|"
                       r"\bsolve\b", re.I)
_AGGREGATE = re.compile(r"\b(?:sum|product|number of|how many|largest|smallest|greatest|least|maximum|minimum|"
                        r"count|average|mean|pairs?|triples?)\b", re.I)
_BOXED = re.compile(r"\\boxed\s*\{")
_STEP_SPAN = re.compile(r"\\\[(.+?)\\\]|\$\$(.+?)\$\$|\\\((.+?)\\\)|(?<!\$)\$([^$]+?)\$(?!\$)", re.S)
_ANNOUNCED = re.compile(r"\b(?:solutions?|values?|integers?|roots?)\b[^.:;]{0,60}\b(?:are|is)\s*:?\s*$", re.I)
_HOLDS = re.compile(r"\b(?:satisf\w*|holds?|solutions?)\b", re.I)
_TRIED = re.compile(r"\b(?:possible|candidates?|test\w*|check\w*|try\w*|tried|consider\w*|critical|endpoints?|"
                    r"boundar\w*|excluding|except|not)\b", re.I)
_MAX_ITEMS = 50
_MAX_CHARS = 400


@dataclass(frozen=True)
class Condition:
    """The problem's relation in its one unknown, and how the problem writes it."""

    relation: Any
    text: str


def problem_condition(problem: str) -> Condition | None:
    """The condition every listed solution must meet, or None when the problem does not give exactly one."""
    import sympy

    from agentlib.checking.algebra import _implicit_products
    from agentlib.tools.safe_math import (
        ExpressionError,
        normalize_latex,
        parse_relation,
    )

    if not _ASKS_ALL.search(problem) or _AGGREGATE.search(problem):
        return None
    bodies = [next(g for g in m.groups() if g is not None) for m in _PROBLEM_SPAN.finditer(problem[:20_000])]
    relations = [b for b in bodies if _RELATION.search(b)]
    if (
        len(relations) != 1
        or len(relations[0]) > _MAX_CHARS
        or re.search(r"\bor\b|\\(?:lor|vee|neq?|pm|in)\b", relations[0])
    ):
        return None
    text = re.sub(r"\\(?:leqslant|le)(?![A-Za-z])", r"\\leq", relations[0])
    text = re.sub(r"\\(?:geqslant|ge)(?![A-Za-z])", r"\\geq", text)
    text = text.replace("\\lt", "<").replace("\\gt", ">")
    try:
        relation = parse_relation(_implicit_products(normalize_latex(text)))
    except (ExpressionError, ValueError, TypeError, RecursionError, ArithmeticError, AttributeError):
        return None
    symbols = relation.free_symbols
    if len(symbols) != 1 or len(next(iter(symbols)).name) != 1:
        return None
    if any(power.exp.is_number and abs(power.exp) > MAX_EXPONENT for power in relation.atoms(sympy.Pow)):
        return None
    if relation.atoms(sympy.Function) - relation.atoms(sympy.Abs):
        return None  # logs, trig, floors: their domain and branches are not modelled
    return Condition(relation, re.sub(r"\s+", " ", relations[0]).strip())


def check_listed(condition: Condition, step: str, letters: frozenset[str] = frozenset()) -> list[ClaimResult]:
    """The claims that each number of a listed solution set satisfies `condition` (see the module docstring)."""
    results = []
    for items in _lists(step):
        values = _numbers(items, letters)
        if values is None:
            continue
        for text, value in values:
            verdict = _satisfies(condition.relation, value)
            if verdict is False:
                (symbol,) = condition.relation.free_symbols
                results.append(ClaimResult("algebra", f"{symbol} = {text} satisfies {condition.text}", "refuted",
                                           rule=Rule.LISTED, source=f"the problem: {condition.text}",
                                           correct=f"at {symbol} = {text}, {condition.text} is false"))
                break  # one counterexample per list is enough
    return results


def _lists(step: str) -> list[str]:
    """The texts of the lists a step gives as solutions: boxed ones, and whole spans an announcing phrase opens."""
    step = step[:20_000]
    found = []
    for match in _BOXED.finditer(step):
        depth, end = 0, None
        for i in range(match.end() - 1, min(len(step), match.end() + _MAX_CHARS)):
            depth += step[i] == "{"
            depth -= step[i] == "}"
            if depth == 0:
                end = i
                break
        if end is not None:
            found.append(step[match.end():end])
    last = 0
    for match in _STEP_SPAN.finditer(step):
        gap, last = step[last:match.start()], match.end()
        sentence = re.split(r"(?<=[.!?])\s", gap)[-1]
        if _ANNOUNCED.search(gap) and not _TRIED.search(sentence) and _HOLDS.search(step[:match.start()]):
            body = next(g for g in match.groups() if g is not None)
            if "boxed" not in body:
                found.append(body)
    return found


def _numbers(text: str, letters: frozenset[str]) -> list[tuple[str, Any]] | None:
    """The numbers of a list "-2, -1, 0", "x = 1, 2", "\\{1, 3\\}", or None when it is anything else."""
    text = re.sub(r"\\[,;! ]|\\left|\\right", " ", text).strip().rstrip(".")
    text = re.sub(r"^[a-z]\s*=\s*", "", text)
    text = re.sub(r"^\\\{(.*)\\\}$", r"\1", text.strip(), flags=re.S)
    items = [item.strip() for item in re.split(r",|\\text\s*\{\s*and\s*\}|\band\b", text)]
    if not 2 <= len(items) <= _MAX_ITEMS or any(
        not item or re.search(r"[\[\]()<>=|]|\\(?:in|le|ge)", item) for item in items
    ):
        return None
    values = []
    for item in items:
        value = parse_member(item, letters)
        if value is None or value.free_symbols or not value.is_real:
            return None
        values.append((item, value))
    return values


def _satisfies(relation: Any, value: Any) -> bool | None:
    """Whether the relation holds at `value`: exactly for rationals, numerically off the boundary otherwise."""
    import sympy

    (symbol,) = relation.free_symbols
    parts = relation.args if isinstance(relation, sympy.And) else (relation,)
    try:
        for part in parts:
            left = part.lhs.subs(symbol, value)
            difference = left - part.rhs.subs(symbol, value)
            if not difference.is_Rational:
                numeric = complex(sympy.N(difference, 30))
                if abs(numeric.imag) > 1e-12 or abs(numeric.real) <= 1e-9 * max(1.0, abs(complex(sympy.N(left, 30)))):
                    return None  # not real, or on the boundary up to rounding
                difference = numeric.real
            holds = {"==": lambda d: d == 0, "<": lambda d: d < 0, "<=": lambda d: d <= 0,
                     ">": lambda d: d > 0, ">=": lambda d: d >= 0}[part.rel_op](difference)
            if not holds:
                return False
    except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError, KeyError):
        return None
    return True
