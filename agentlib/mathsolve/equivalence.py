"""Is a stated answer the same as a computed one? MATH-style answer equivalence through SymPy.

`equivalent(stated, value)` compares a reference answer written by a person (LaTeX or plain: `\\frac{9}{19}`,
`3\\sqrt{13}`, `8 \\pi`, `76^\\circ`, `\\$32`, `(-\\infty, 2) \\cup (3, \\infty)`, `-2,1`, `\\left( \\frac{3}{2}, -13
\\right)`, `2\\frac{1}{4}`, `.35625`, `\\text{(C)}`) with a `MathResult.value` (see `answer.py`). Numbers and
expressions are equal when SymPy proves the difference 0 (or, for constants, when 30 digits agree);
lists of solutions compare as sets, tuples in order, intervals end by end with their open/closed sides,
text answers after normalisation. Units, degree marks, dollar signs, `x =` prefixes and `\\boxed{}` are
dropped first. Returns None when the stated answer cannot be read (the caller counts that as "not equal").

Every formula goes through `agentlib.tools.notation` and `safe_math`, never `sympify`.
"""

from __future__ import annotations

import re
from typing import Any

from agentlib.tools.notation import NotationError, to_plain
from agentlib.tools.safe_math import ExpressionError, parse_expression

_UNITS = re.compile(r"\\(?:text|mbox|mathrm)\{\s*(?:cm|m|km|units?|square units|sq units|inches|inch|feet|ft|"
                    r"degrees?|meters?|miles?|hours?|minutes?|seconds?|dollars?|cents?|people|ways|days?)\s*\}"
                    r"(?:\^\{?[23]\}?)?")


def _sp() -> Any:
    import sympy

    return sympy


def clean(answer: str) -> str:
    """The answer with its wrapping removed: \\boxed{}, $, units, degrees, dollars, `x =`, trailing dots."""
    text = answer.strip()
    boxed = re.search(r"\\boxed\{", text)
    if boxed:
        depth, start = 0, boxed.end()
        for index in range(start, len(text)):
            depth += text[index] == "{"
            if text[index] == "}":
                if depth == 0:
                    text = text[start:index]
                    break
                depth -= 1
    text = text.strip().strip("$").strip()
    text = _UNITS.sub("", text)
    text = re.sub(r"\^\s*\{?\\circ\}?|°|\\circ", "", text)
    text = text.replace("\\$", "").replace("\\%", "").replace("\\!", "").replace("\\,", "").replace("\\;", "")
    text = re.sub(r"\\(?:d|t)frac", r"\\frac", text)
    text = re.sub(r"\\left|\\right", "", text)
    text = re.sub(r"^[a-zA-Z]\s*=\s*(?=[^=]+$)", "", text)
    return text.strip().rstrip(".").strip()


def parse_answer(text: str) -> Any:
    """One stated formula -> SymPy (mixed numbers `2\\frac{1}{4}` are 9/4), or None."""
    sp = _sp()
    mixed = re.fullmatch(r"(-?)(\d+)\s*\\frac\{(\d+)\}\{(\d+)\}", text)
    if mixed:
        sign = -1 if mixed.group(1) else 1
        return sign * (sp.Integer(mixed.group(2)) + sp.Rational(int(mixed.group(3)), int(mixed.group(4))))
    try:
        return parse_expression(to_plain(text), calculus=False)
    except (NotationError, ExpressionError):
        return None


def _same_number(a: Any, b: Any) -> bool:
    sp = _sp()
    if getattr(a, "is_infinite", False) or getattr(b, "is_infinite", False):
        return bool(a == b)
    try:
        difference = sp.simplify(a - b)
    except Exception:
        return False
    if difference == 0:
        return True
    if difference.free_symbols:
        return False
    try:
        value = complex(sp.N(difference, 30))
        scale = max(1.0, abs(complex(sp.N(a, 30))))
    except (TypeError, ValueError):
        return False
    return abs(value) < 1e-12 * scale


def _split_top(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in text:
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def _interval_parts(text: str) -> list[tuple[str, str, bool, bool]] | None:
    pieces = re.split(r"\\cup|∪|\bU\b", text)
    out = []
    for piece in pieces:
        match = re.fullmatch(r"\s*([\(\[])\s*(.+?)\s*,\s*(.+?)\s*([\)\]])\s*", piece)
        if not match:
            return None
        out.append((match.group(2), match.group(3), match.group(1) == "(", match.group(4) == ")"))
    return out


def _infinity(text: str) -> str:
    return text.replace("\\infty", "oo").replace("∞", "oo")


def equivalent(stated: str, value: dict[str, Any]) -> bool | None:
    """Whether `stated` (a person's answer) equals the computed `value`; None when it cannot be read."""
    sp = _sp()
    text = clean(stated)
    kind = value.get("kind")
    if not text:
        return None
    if kind == "intervals":
        intervals = _interval_parts(text)
        if intervals is None:
            return None
        mine_all = value["parts"]
        if len(intervals) != len(mine_all):
            return False
        for (low, high, left_open, right_open), mine in zip(intervals, mine_all):
            low_value, high_value = parse_answer(_infinity(low)), parse_answer(_infinity(high))
            if low_value is None or high_value is None:
                return None
            if not (_same_number(low_value, parse_expression(mine[0])) and
                    _same_number(high_value, parse_expression(mine[1]))):
                return False
            infinite_low, infinite_high = low_value.is_infinite, high_value.is_infinite
            if (not infinite_low and left_open != mine[2]) or (not infinite_high and right_open != mine[3]):
                return False
        return True
    if kind == "text":
        return _words(text) == _words(str(value.get("text", "")))
    if kind in ("solutions", "values"):
        parts = _split_top(text)
        stated_values = [parse_answer(p) for p in parts]
        if any(v is None for v in stated_values):
            return None
        ours = [parse_expression(v) for v in value["values"]]
        if value.get("approximate"):
            return False  # a rounded root never equals an exact stated answer for sure
        return len(ours) == len(stated_values) and all(any(_same_number(s, o) for o in ours) for s in stated_values) \
            and all(any(_same_number(o, s) for s in stated_values) for o in ours)
    if kind == "systems":
        solutions = value["solutions"]
        if len(solutions) != 1:
            return False
        parts = _split_top(text[1:-1] if text.startswith("(") and text.endswith(")") else text)
        ours = [parse_expression(solutions[0][name]) for name in value["variables"]]
        stated_values = [parse_answer(p) for p in parts]
        if any(v is None for v in stated_values) or len(stated_values) != len(ours):
            return None if any(v is None for v in stated_values) else False
        return all(_same_number(s, o) for s, o in zip(stated_values, ours))
    if kind == "matrix":
        stated_value = parse_answer(text)
        if not isinstance(stated_value, sp.MatrixBase):
            return None
        matrix = sp.Matrix([[parse_expression(e) for e in row] for row in value["rows"]])
        return stated_value.shape == matrix.shape and all(_same_number(a, b) for a, b in zip(stated_value, matrix))
    if kind == "expression":
        computed = parse_expression(value["expression"])
        if isinstance(computed, tuple):
            parts = _split_top(text[1:-1] if text.startswith("(") and text.endswith(")") else text)
            stated_values = [parse_answer(p) for p in parts]
            if any(v is None for v in stated_values):
                return None
            return len(stated_values) == len(computed) and all(_same_number(s, o) for s, o in
                                                               zip(stated_values, computed))
        stated_value = parse_answer(text)
        if stated_value is None:
            return None
        if isinstance(stated_value, (tuple, sp.MatrixBase)) or not isinstance(stated_value, sp.Expr):
            return False
        return _same_number(stated_value, computed)
    return None


def _words(text: str) -> str:
    text = re.sub(r"\\text\{([^{}]*)\}", r"\1", text)
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
