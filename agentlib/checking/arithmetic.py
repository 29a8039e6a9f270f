"""Exact, bounded evaluation of arithmetic written in a trace, and the verdict on a claimed value.

Expressions are parsed with Python's `ast` (parse only, never evaluated as code) and walked over an
allow-list: numbers, + - * / ^, parentheses and five functions written by the normalizer
(`pct(20)` for 20%, `frac(a, b)` for a fraction bar, `sqrt(x)`, `fact(n)` for n!, `series(a, b, l)` for
"a + b + ... + l", see `series.py`). Values are
`Fraction`s, so 0.1 + 0.2 = 0.3 holds exactly; an irrational square root falls back to float.
Sizes are guarded (exponents, digits, factorial arguments), so "10^10^10" is not checkable, never a hang.

Left out: symbols and algebra (see `algebra.py`), units (the normalizer strips them), intervals.
"""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass
from fractions import Fraction

from agentlib.checking.report import Verdict
from agentlib.checking.series import arithmetic_series_sum

MAX_DIGITS = 400  # a value with more digits than this is "too large to check"
MAX_EXPONENT = 256
MAX_FACTORIAL = 150
MAX_TEXT = 400

Number = Fraction | float


class NotArithmetic(ValueError):
    """The text is not plain arithmetic (a symbol, a call we do not allow, a syntax error, too large)."""


@dataclass(frozen=True)
class Evaluated:
    """The value of an expression and how many binary operations it holds (0 = a bare number)."""

    value: Number
    operations: int


def evaluate(text: str) -> Evaluated:
    """Evaluate a normalized arithmetic expression; raises `NotArithmetic` for anything else."""
    if len(text) > MAX_TEXT:
        raise NotArithmetic("expression too long")
    try:
        tree = ast.parse(text.replace("^", "**"), mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
        raise NotArithmetic(f"not an expression: {error}") from None
    counter = [0]
    value = _walk(tree.body, counter)
    return Evaluated(value, counter[0])


def _walk(node: ast.AST, counter: list[int]) -> Number:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return Fraction(repr(node.value)) if isinstance(node.value, float) else Fraction(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _walk(node.operand, counter)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp):
        counter[0] += 1
        return _binary(node.op, _walk(node.left, counter), _walk(node.right, counter))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.keywords:
        args = [_walk(a, counter) for a in node.args]
        return _call(node.func.id, args, counter)
    raise NotArithmetic(f"not plain arithmetic: {type(node).__name__}")


def _binary(op: ast.operator, a: Number, b: Number) -> Number:
    if isinstance(op, ast.Add):
        return _guard(a + b)
    if isinstance(op, ast.Sub):
        return _guard(a - b)
    if isinstance(op, ast.Mult):
        return _guard(a * b)
    if isinstance(op, ast.Div):
        if b == 0:
            raise NotArithmetic("division by zero")
        return _guard(a / b)
    if isinstance(op, ast.Pow):
        return _power(a, b)
    raise NotArithmetic(f"operator {type(op).__name__} not allowed")


def _power(base: Number, exponent: Number) -> Number:
    if isinstance(exponent, Fraction) and exponent.denominator == 1:
        if abs(exponent) > MAX_EXPONENT:
            raise NotArithmetic("exponent too large to check")
        if base == 0 and exponent < 0:
            raise NotArithmetic("division by zero")
        if isinstance(base, Fraction) and abs(exponent) * max(_digits(base), 1) > MAX_DIGITS:
            raise NotArithmetic("power too large to check")
        return _guard(base ** int(exponent))
    if base < 0:
        raise NotArithmetic("fractional power of a negative number")
    if abs(float(exponent)) > MAX_EXPONENT:
        raise NotArithmetic("exponent too large to check")
    return _guard(float(base) ** float(exponent))


def _call(name: str, args: list[Number], counter: list[int]) -> Number:
    if name == "pct" and len(args) == 1:
        return _guard(Fraction(args[0]) / 100 if isinstance(args[0], Fraction) else args[0] / 100)
    if name == "frac" and len(args) == 2:
        counter[0] += 1
        return _binary(ast.Div(), args[0], args[1])
    if name == "sqrt" and len(args) == 1:
        counter[0] += 1
        return _sqrt(args[0])
    if name == "fact" and len(args) == 1:
        counter[0] += 1
        n = args[0]
        if not (isinstance(n, Fraction) and n.denominator == 1 and 0 <= n <= MAX_FACTORIAL):
            raise NotArithmetic("factorial argument not a small natural number")
        return Fraction(math.factorial(int(n)))
    if name == "series" and len(args) == 3 and all(isinstance(arg, Fraction) for arg in args):
        counter[0] += 1
        total = arithmetic_series_sum(Fraction(args[0]), Fraction(args[1]), Fraction(args[2]))
        if total is None:
            raise NotArithmetic("a sum with an ellipsis that is not one arithmetic progression")
        return total
    raise NotArithmetic(f"function {name} not allowed")


def _sqrt(value: Number) -> Number:
    if value < 0:
        raise NotArithmetic("square root of a negative number")
    if isinstance(value, Fraction):
        num, den = math.isqrt(value.numerator), math.isqrt(value.denominator)
        if num * num == value.numerator and den * den == value.denominator:
            return Fraction(num, den)
    return math.sqrt(float(value))


def _digits(value: Fraction) -> int:
    return max(len(str(abs(value.numerator))), len(str(value.denominator)))


def _guard(value: Number) -> Number:
    if isinstance(value, Fraction):
        if _digits(value) > MAX_DIGITS:
            raise NotArithmetic("number too large to check")
        return value
    if math.isnan(value) or math.isinf(value):
        raise NotArithmetic("not a finite number")
    return value


@dataclass(frozen=True)
class Comparison:
    """Verdict on `computed` vs `claimed`: "verified", "refuted" or "unchecked" (ambiguous rounding)."""

    verdict: Verdict
    reason: str = ""


def compare(computed: Number, claimed: Number, *, decimals: int, approximate: bool) -> Comparison:
    """Does the written value `claimed` (with `decimals` digits after the point) state `computed`?

    Rounding (half a unit in the last written place) and truncation toward zero are accepted; "approximately" widens the
    tolerance to 2% (or one unit in the last written place). An integer written for a non-integer
    value that is its floor, ceiling or rounding is ambiguous (people round objects), not refuted.
    """
    exact = isinstance(computed, Fraction) and isinstance(claimed, Fraction)
    if exact and computed == claimed:
        return Comparison("verified")
    diff = abs(float(computed) - float(claimed))
    unit = 10.0 ** (-decimals)
    scale = max(abs(float(computed)), 1e-12)
    if not exact and diff <= 1e-9 * max(scale, 1.0):
        return Comparison("verified")
    if decimals > 0:
        rounded = diff <= unit / 2 * (1 + 1e-9)
        truncated = 0 <= abs(float(computed)) - abs(float(claimed)) < unit and (float(computed) >= 0) == (
            float(claimed) >= 0
        )
        if rounded or truncated:
            return Comparison("verified", "equal after rounding" if rounded else "equal after truncation")
    if approximate and (diff <= 0.02 * scale or diff <= unit):
        return Comparison("verified", "approximately equal")
    if decimals == 0 and not _is_integer(computed) and claimed in (math.floor(computed), math.ceil(computed)):
        return Comparison("unchecked", "an integer close to a non-integer value: rounding is ambiguous")
    return Comparison("refuted")


def _is_integer(value: Number) -> bool:
    return value.denominator == 1 if isinstance(value, Fraction) else float(value).is_integer()


def format_number(value: Number) -> str:
    """A value as a person would write it: integers plain, others as a short decimal (or a fraction)."""
    if isinstance(value, Fraction):
        if value.denominator == 1:
            return str(value.numerator)
        as_float = float(value)
        short = f"{as_float:.6g}"
        if Fraction(short) == value:
            return short
        return f"{value.numerator}/{value.denominator} (≈ {as_float:.6g})"
    return f"{value:.6g}"
