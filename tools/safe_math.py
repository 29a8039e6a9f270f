"""Math text -> SymPy objects through an AST allow-list: the only way text becomes SymPy in agentlib.

`ast.parse(mode="eval")` gives a syntax tree; `_Builder` walks it and builds SymPy objects node by
node from an allow-list (numbers, names, arithmetic, comparisons, calls of listed functions,
lists for matrices). Nothing from the text is ever evaluated as code: no `eval`, `exec`,
`sympify`, `parse_expr` (which runs code even with empty builtins), `lambdify`, and no `getattr`
with a name from the text. Size bombs are refused before SymPy sees them: the decimal size of every
power (negative and fractional exponents included), factorial and binomial is bounded first, a
function that evaluates a constant exactly (floor, Mod, Min, ...) is refused when the precision it
would need is too large (`agentlib.tools.magnitude`), and depth, node count and length are bounded.
Any exception SymPy raises while building (PrecisionExhausted, integer-conversion limits, ...)
becomes an `ExpressionError`.

With `calculus=True` (the math solver's reader), unevaluated `Integral`, `Sum`, `Product`,
`Derivative` and `Limit` can be written too; they are built, never evaluated, here.

Also here: `normalize_latex`, which turns the LaTeX-ish math of model traces (\\frac, \\sqrt,
\\cdot, $...$, thousands separators) into plain text for `parse_expression`.
"""

from __future__ import annotations

import ast
import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from agentlib.errors import InputError
from agentlib.tools.magnitude import binomial_digits, scale


class ExpressionError(InputError):
    """The text is not a supported expression, or breaks a size limit."""


class UnsafeExpression(ExpressionError):
    """The text uses syntax that is never allowed (attributes, dunders, lambdas, imports, ...)."""


@dataclass(frozen=True)
class Limits:
    max_chars: int = 2_000
    max_depth: int = 40
    max_nodes: int = 600
    max_integer_digits: int = 400
    max_result_digits: int = 2_000  # estimated decimal digits of a constant power/factorial
    max_exponent: int = 10_000  # symbolic powers x**n with |n| above this are refused
    max_matrix_cells: int = 400
    max_evaluation_digits: int = 300  # precision an exact evaluation of a constant may need (floor(10**k*pi))


DEFAULT_LIMITS = Limits()

_UNARY_FUNCTIONS = (
    "sqrt", "exp", "log", "ln", "sin", "cos", "tan", "cot", "sec", "csc", "asin", "acos", "atan",
    "sinh", "cosh", "tanh", "abs", "Abs", "floor", "ceiling", "ceil", "factorial", "re", "im",
    "conjugate", "sign",
)
_NARY_FUNCTIONS = ("binomial", "gcd", "lcm", "Min", "Max", "min", "max", "Mod", "log", "atan2", "root", "real_root",
                   "Matrix")
ALLOWED_FUNCTIONS = frozenset(_UNARY_FUNCTIONS + _NARY_FUNCTIONS)
# unevaluated calculus, only with parse_expression(..., calculus=True)
CALCULUS_FUNCTIONS = frozenset(("Integral", "Sum", "Product", "Derivative", "Limit", "LimitLeft", "LimitRight",
                                "Determinant"))
MAX_DERIVATIVE_ORDER = 20
MAX_SYMBOLIC_MATRIX_POWER = 50
# functions that compute an exact value when given a constant: their argument's precision is bounded first
_EVALUATING_FUNCTIONS = frozenset(("floor", "ceiling", "ceil", "Mod", "Min", "Max", "min", "max", "sign", "Abs", "abs",
                                   "gcd", "lcm", "factorial", "binomial", "re", "im", "atan2"))
CONSTANTS = ("pi", "E", "e", "I", "oo", "inf", "infinity")

_FORBIDDEN_CHARACTERS = re.compile(r"[^A-Za-z0-9_+\-*/%().,=<>!\[\]{}&|~ \t\n\r]")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _sympy():
    import sympy

    return sympy


def _folded(pairwise: Callable[..., Any], name: str) -> Callable[..., Any]:
    """`name` of two or more arguments as the pairwise function folded over them: SymPy's gcd and lcm take a third
    argument as a generator, so gcd(12, 18, 8) was 6 and lcm(4, 6, 10) was 12, not 2 and 60."""
    def call(*args: Any) -> Any:
        if len(args) < 2:
            raise ExpressionError(f"{name} takes two or more arguments")
        result = args[0]
        for arg in args[1:]:
            result = pairwise(result, arg)
        return result
    return call


def _function_table() -> dict[str, Any]:
    sp = _sympy()
    return {
        "sqrt": sp.sqrt, "exp": sp.exp, "log": sp.log, "ln": sp.log, "sin": sp.sin, "cos": sp.cos, "tan": sp.tan,
        "cot": sp.cot, "sec": sp.sec, "csc": sp.csc, "asin": sp.asin, "acos": sp.acos, "atan": sp.atan,
        "sinh": sp.sinh, "cosh": sp.cosh, "tanh": sp.tanh, "abs": sp.Abs, "Abs": sp.Abs, "floor": sp.floor,
        "ceiling": sp.ceiling, "ceil": sp.ceiling, "factorial": sp.factorial, "re": sp.re, "im": sp.im,
        "conjugate": sp.conjugate, "sign": sp.sign, "binomial": sp.binomial,
        "gcd": _folded(sp.gcd, "gcd"), "lcm": _folded(sp.lcm, "lcm"),
        "Min": sp.Min, "min": sp.Min, "Max": sp.Max, "max": sp.Max, "Mod": sp.Mod, "atan2": sp.atan2,
        "root": sp.root, "real_root": sp.real_root,
    }


def _constant_table() -> dict[str, Any]:
    sp = _sympy()
    return {"pi": sp.pi, "E": sp.E, "e": sp.E, "I": sp.I, "oo": sp.oo, "inf": sp.oo, "infinity": sp.oo}


# ---------------------------------------------------------------------------------------------
# Text clean-up before parsing
# ---------------------------------------------------------------------------------------------

_UNICODE_OPERATORS = {
    "×": "*", "·": "*", "⋅": "*", "∗": "*", "÷": "/", "−": "-", "–": "-", "—": "-", "≤": "<=", "≥": ">=",
    "≠": "!=", "π": "pi", "√": "sqrt", "²": "**2", "³": "**3", "^": "**",
}


def _prepare(text: str, limits: Limits) -> str:
    if not isinstance(text, str):
        raise ExpressionError(f"expected text, got {type(text).__name__}")
    if len(text) > limits.max_chars:
        raise ExpressionError(f"expression has {len(text)} characters (limit {limits.max_chars})")
    if any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\t\n\r" for ch in text):
        raise UnsafeExpression("control or format characters are not allowed in expressions")
    for source, target in _UNICODE_OPERATORS.items():
        text = text.replace(source, target)
    # after the operator mapping, anything outside ASCII (fullwidth letters, confusables) is refused:
    # NFKC would turn "ｅｖａｌ" into "eval", and we never want text to become a different name.
    if not text.isascii():
        bad = next(ch for ch in text if not ch.isascii())
        raise UnsafeExpression(f"non-ASCII character {bad!r} (U+{ord(bad):04X}) is not allowed in expressions")
    # no quotes (strings), '#' (a comment would hide the rest), '\\', ';', ':', '@', '`', '$', '?'
    forbidden = _FORBIDDEN_CHARACTERS.search(text)
    if forbidden is not None:
        raise UnsafeExpression(f"character {forbidden.group()!r} is not allowed in expressions")
    return text.strip()


def _depth_at(text: str, index: int) -> int:
    prefix = text[:index]
    return sum(prefix.count(c) for c in "([{") - sum(prefix.count(c) for c in ")]}")


def _split_relation(text: str) -> tuple[str, str, str] | None:
    """`lhs = rhs` (a single '=' that is not part of ==, <=, >=, !=) -> (lhs, '=', rhs)."""
    # only at bracket depth 0: '=' inside a call is a keyword argument (refused later, not split)
    matches = [m.start() for m in re.finditer(r"(?<![=<>!:])=(?!=)", text) if _depth_at(text, m.start()) == 0]
    if not matches:
        return None
    if len(matches) > 1:
        raise ExpressionError("more than one '=' in an equation; write one equation at a time")
    i = matches[0]
    return text[:i].strip(), "=", text[i + 1 :].strip()


# ---------------------------------------------------------------------------------------------
# The builder: AST node -> SymPy object, allow-listed
# ---------------------------------------------------------------------------------------------


_DECIMAL_LITERAL = re.compile(r"(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


class _Builder:
    def __init__(self, symbols: Mapping[str, Any] | None, limits: Limits, calculus: bool = False):
        self.source = ""  # the text the tree being built was parsed from (number literals are read from it)
        self.sp = _sympy()
        self.symbols = dict(symbols or {})
        self.limits = limits
        self.calculus = calculus
        self.functions = _function_table()
        self.constants = _constant_table()
        self.nodes = 0

    def build(self, node: ast.AST, depth: int = 0) -> Any:
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            raise ExpressionError(f"expression has more than {self.limits.max_nodes} parts")
        if depth > self.limits.max_depth:
            raise ExpressionError(f"expression is nested deeper than {self.limits.max_depth}")
        method = getattr(self, f"_{type(node).__name__}", None)  # dispatch on OUR node-type names only
        if method is None:
            raise UnsafeExpression(f"{type(node).__name__} syntax is not allowed in expressions")
        return method(node, depth + 1)

    # -- leaves ------------------------------------------------------------------------------
    def _Constant(self, node: ast.Constant, depth: int) -> Any:
        value = node.value
        if isinstance(value, bool) or value is None or isinstance(value, (str, bytes, complex)):
            raise UnsafeExpression(f"{type(value).__name__} literals are not allowed in expressions")
        if isinstance(value, int):
            if value and math.log10(abs(value)) + 1 > self.limits.max_integer_digits:
                raise ExpressionError(f"integer literal longer than {self.limits.max_integer_digits} digits")
            return self.sp.Integer(value)
        if isinstance(value, float):
            if not math.isfinite(value):
                raise ExpressionError("non-finite number")
            # the decimal as written, not the binary float: 0.1 stays 1/10, and 30 digits keep all 30 (a float's
            # repr kept 17: "123456789012345678901234567890.126 + 0" was answered 1.23456789012346e+29)
            written = ast.get_source_segment(self.source, node) if self.source else None
            written = written.replace("_", "") if written else None
            if written and _DECIMAL_LITERAL.fullmatch(written):
                if len(written) > self.limits.max_integer_digits:
                    raise ExpressionError(f"number literal longer than {self.limits.max_integer_digits} digits")
                return self.sp.Rational(written)
            return self.sp.Rational(repr(value)) if "e" not in repr(value) else self.sp.Float(value)
        raise UnsafeExpression("unsupported literal")

    def _Name(self, node: ast.Name, depth: int) -> Any:
        name = node.id
        if not _IDENTIFIER.match(name) or name.startswith("__") or name.endswith("__"):
            raise UnsafeExpression(f"name {name!r} is not allowed")
        if name in self.symbols:
            return self.symbols[name]
        if name in self.constants:
            return self.constants[name]
        if name in ALLOWED_FUNCTIONS or (self.calculus and name in CALCULUS_FUNCTIONS):
            raise ExpressionError(f"{name!r} is a function: call it, e.g. {name}(x)")
        if len(name) > 40:
            raise ExpressionError("symbol names are limited to 40 characters")
        symbol = self.sp.Symbol(name)
        self.symbols[name] = symbol
        return symbol

    # -- operators ---------------------------------------------------------------------------
    def _UnaryOp(self, node: ast.UnaryOp, depth: int) -> Any:
        operand = self.build(node.operand, depth)
        if isinstance(node.op, ast.USub):
            return -operand
        if isinstance(node.op, ast.UAdd):
            return operand
        if isinstance(node.op, ast.Not):
            return self.sp.Not(operand)
        raise UnsafeExpression(f"operator {type(node.op).__name__} is not allowed")

    def _BinOp(self, node: ast.BinOp, depth: int) -> Any:
        op = node.op
        if isinstance(op, ast.Pow):
            return self._power(node, depth)
        left, right = self.build(node.left, depth), self.build(node.right, depth)
        if isinstance(op, ast.Add):
            return left + right
        if isinstance(op, ast.Sub):
            return left - right
        if isinstance(op, ast.Mult):
            self._check_product_size(left, right)
            return left * right
        if isinstance(op, ast.Div):
            if right == 0:
                raise ExpressionError("division by zero")
            return left / right
        if isinstance(op, ast.FloorDiv):
            if right == 0:
                raise ExpressionError("division by zero")
            self._check_precision("a // b", (left, right))
            return self.sp.floor(left / right)
        if isinstance(op, ast.Mod):
            if right == 0:
                raise ExpressionError("modulo by zero")
            self._check_precision("a % b", (left, right))
            return self.sp.Mod(left, right)
        raise UnsafeExpression(f"operator {type(op).__name__} is not allowed")

    def _check_product_size(self, left: Any, right: Any) -> None:
        digits = _digits(left) + _digits(right)
        if digits > self.limits.max_result_digits:
            raise ExpressionError(f"a product has about {digits:.0f} digits (limit {self.limits.max_result_digits})")

    def _check_precision(self, name: str, args: Any) -> None:
        """Refuse an exact evaluation of a constant that would need more digits than the limit allows."""
        for argument in args:
            if getattr(argument, "is_number", False) and not argument.is_Rational:
                needed = scale(argument)
                if needed > self.limits.max_evaluation_digits:
                    shown = "an unbounded number of" if needed == float("inf") else f"about {needed:.0f}"
                    raise ExpressionError(f"{name} of this constant needs {shown} digits to evaluate exactly "
                                          f"(limit {self.limits.max_evaluation_digits})")

    def _power(self, node: ast.BinOp, depth: int) -> Any:
        base = self.build(node.left, depth)
        exponent = self.build(node.right, depth)
        sp = self.sp
        if isinstance(base, tuple) or isinstance(exponent, (tuple, sp.MatrixBase)):
            raise ExpressionError("a power takes a number, symbol or square matrix as its base, a number as exponent")
        if exponent.is_Number:
            if abs(exponent) > self.limits.max_exponent and base not in (0, 1, -1):
                raise ExpressionError(f"exponent {exponent} is too large (limit {self.limits.max_exponent})")
            if isinstance(base, sp.MatrixBase):
                self._check_matrix_power(base, exponent)
                return base ** exponent
            if base.is_Number and base not in (0, 1, -1) and exponent != 0:
                # negative and fractional exponents cost as much as positive ones: 10**-4000 has 4000 digits
                digits = abs(float(exponent)) * max(_log10_size(base), 1e-9) + 1
                if digits > self.limits.max_result_digits:
                    raise ExpressionError(f"the power has about {digits:.0f} digits "
                                          f"(limit {self.limits.max_result_digits})")
            return sp.Pow(base, exponent)
        if isinstance(base, sp.MatrixBase):
            raise ExpressionError("a matrix power needs a number as its exponent")
        # a symbolic exponent: build it unevaluated, so nothing huge is computed now
        if base == sp.E and not exponent.is_number:
            return sp.exp(exponent)  # e^x is exp(x), as SymPy writes it (nothing is evaluated for a symbol)
        if base.is_Number and abs(base) > 1 and exponent.is_number:
            raise ExpressionError("a numeric power with a non-literal exponent is refused (write the exponent out)")
        return sp.Pow(base, exponent, evaluate=False)

    def _check_matrix_power(self, base: Any, exponent: Any) -> None:
        if not base.is_square:
            raise ExpressionError(f"only a square matrix has powers, not a {base.rows}x{base.cols} one")
        if not exponent.is_Integer:
            raise ExpressionError("a matrix power needs an integer exponent")
        if base.free_symbols:  # symbolic entries: the degree of each entry grows with the exponent
            if abs(int(exponent)) > MAX_SYMBOLIC_MATRIX_POWER:
                raise ExpressionError(f"a power of a symbolic matrix above {MAX_SYMBOLIC_MATRIX_POWER} is refused")
            return
        entry = max((scale(e) for e in base), default=1.0) + math.log10(max(base.rows, 1))
        digits = abs(int(exponent)) * entry
        if digits > self.limits.max_result_digits:
            raise ExpressionError(f"the matrix power has entries of about {digits:.0f} digits "
                                  f"(limit {self.limits.max_result_digits})")

    def _Compare(self, node: ast.Compare, depth: int) -> Any:
        sp = self.sp
        terms = [self.build(node.left, depth)] + [self.build(c, depth) for c in node.comparators]
        makers = {ast.Eq: sp.Eq, ast.NotEq: sp.Ne, ast.Lt: sp.Lt, ast.LtE: sp.Le, ast.Gt: sp.Gt, ast.GtE: sp.Ge}
        relations = []
        for op, left, right in zip(node.ops, terms, terms[1:]):
            maker = makers.get(type(op))
            if maker is None:
                raise UnsafeExpression(f"comparison {type(op).__name__} is not allowed")
            relations.append(maker(left, right, evaluate=False))
        return relations[0] if len(relations) == 1 else sp.And(*relations)

    def _BoolOp(self, node: ast.BoolOp, depth: int) -> Any:
        values = [self.build(v, depth) for v in node.values]
        return self.sp.And(*values) if isinstance(node.op, ast.And) else self.sp.Or(*values)

    # -- calls and containers ----------------------------------------------------------------
    def _Call(self, node: ast.Call, depth: int) -> Any:
        if not isinstance(node.func, ast.Name):
            raise UnsafeExpression("only calls of listed functions by name are allowed (no attributes)")
        name = node.func.id
        if self.calculus and name in CALCULUS_FUNCTIONS:
            return self._calculus(name, node, depth)
        if name not in ALLOWED_FUNCTIONS:
            raise UnsafeExpression(f"function {name!r} is not allowed; allowed: {', '.join(sorted(ALLOWED_FUNCTIONS))}")
        if node.keywords:
            raise UnsafeExpression("keyword arguments are not allowed")
        if any(isinstance(a, ast.Starred) for a in node.args):
            raise UnsafeExpression("starred arguments are not allowed")
        if name == "Matrix":
            return self._matrix(node, depth)
        args = [self.build(a, depth) for a in node.args]
        if not args:
            raise ExpressionError(f"{name}() needs an argument")
        boolean = (self.sp.core.relational.Relational, self.sp.logic.boolalg.BooleanFunction,
                   self.sp.logic.boolalg.BooleanAtom)  # not Boolean itself: a Symbol is one
        if any(isinstance(a, boolean) for a in args):
            raise ExpressionError(f"{name}() takes numbers, not a comparison or logical value")
        if any(isinstance(a, (tuple, self.sp.MatrixBase)) for a in args):
            raise ExpressionError(f"{name}() takes numbers or expressions, not a tuple or matrix")
        if name == "factorial":
            self._check_factorial(args[0])
        if name == "binomial":
            self._check_binomial(args)
        if name in _EVALUATING_FUNCTIONS:
            self._check_precision(f"{name}()", args)
        try:
            return self.functions[name](*args)
        except (TypeError, ValueError) as error:
            raise ExpressionError(f"bad arguments to {name}(): {str(error)[:120]}") from None
        except Exception as error:  # any other SymPy failure (PrecisionExhausted, NotImplementedError, ...): typed
            raise ExpressionError(f"{name}() cannot be evaluated here ({type(error).__name__})") from None

    def _check_binomial(self, args: list) -> None:
        if any(a.is_Integer and abs(int(a)) > 10**6 for a in args):
            raise ExpressionError("binomial arguments above 10**6 are refused")  # binomial(x, 10**9) expands too
        if len(args) == 2 and all(a.is_Integer for a in args):
            n, k = int(args[0]), int(args[1])
            if 0 <= k <= n:
                digits = binomial_digits(float(n), float(k))
                if digits > self.limits.max_result_digits:
                    raise ExpressionError(f"binomial({n}, {k}) has about {digits:.0f} digits "
                                          f"(limit {self.limits.max_result_digits})")

    def _calculus(self, name: str, node: ast.Call, depth: int) -> Any:
        """Unevaluated Integral(f, x) / Integral(f, (x, a, b)), Sum/Product(f, (k, a, b)),
        Derivative(f, x[, n]), Limit/LimitLeft/LimitRight(f, x, a): built, never computed."""
        sp = self.sp
        if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
            raise UnsafeExpression("keyword and starred arguments are not allowed")
        args = [self.build(a, depth) for a in node.args]
        if name != "Determinant" and (len(args) < 2 or not isinstance(args[0], sp.Expr)):
            raise ExpressionError(f"{name} takes an expression and its variable, e.g. {name}(x**2, x)")
        if name == "Determinant":
            if len(args) != 1 or not isinstance(args[0], sp.MatrixBase) or not args[0].is_square:
                raise ExpressionError("Determinant takes one square matrix")
            return sp.Determinant(sp.ImmutableMatrix(args[0]))
        body, rest = args[0], args[1:]
        if name in ("Limit", "LimitLeft", "LimitRight"):
            if len(rest) != 2 or not isinstance(rest[0], sp.Symbol) or not isinstance(rest[1], sp.Expr):
                raise ExpressionError(f"{name} takes (expression, variable, point)")
            direction = {"Limit": "+-", "LimitLeft": "-", "LimitRight": "+"}[name]
            return sp.Limit(body, rest[0], rest[1], dir=direction)
        if name == "Derivative":
            order = rest[1] if len(rest) == 2 else sp.Integer(1)
            if len(rest) > 2 or not isinstance(rest[0], sp.Symbol) or not order.is_Integer \
                    or not 1 <= int(order) <= MAX_DERIVATIVE_ORDER:
                raise ExpressionError(f"Derivative takes (expression, variable[, order 1..{MAX_DERIVATIVE_ORDER}])")
            return sp.Derivative(body, (rest[0], int(order)))
        limits_: list[tuple[Any, ...]] = []
        for item in rest:
            if isinstance(item, sp.Symbol) and name == "Integral":
                limits_.append((item,))
            elif isinstance(item, tuple) and len(item) == 3 and isinstance(item[0], sp.Symbol) \
                    and all(isinstance(b, sp.Expr) for b in item[1:]):
                limits_.append(item)
            else:
                raise ExpressionError(f"{name} limits are a variable or (variable, lower, upper)")
        maker = {"Integral": sp.Integral, "Sum": sp.Sum, "Product": sp.Product}[name]
        return maker(body, *limits_)

    def _check_factorial(self, argument: Any) -> None:
        if argument.is_Number and argument > 0:
            n = float(argument)
            digits = (n * math.log10(max(n, 2)) if n > 10 else 7)
            if digits > self.limits.max_result_digits:
                raise ExpressionError(f"factorial of {argument} is too large")

    def _matrix(self, node: ast.Call, depth: int) -> Any:
        if len(node.args) != 1 or not isinstance(node.args[0], (ast.List, ast.Tuple)):
            raise ExpressionError("Matrix takes one list of rows, e.g. Matrix([[1, 2], [3, 4]])")
        rows = self._rows(node.args[0], depth)
        return self.sp.Matrix(rows)

    def _rows(self, node: ast.AST, depth: int) -> list:
        elements = node.elts  # type: ignore[attr-defined]
        if elements and all(isinstance(e, (ast.List, ast.Tuple)) for e in elements):
            rows = [[self.build(x, depth) for x in row.elts] for row in elements]
        else:
            rows = [[self.build(x, depth)] for x in elements]
        cells = sum(len(r) for r in rows)
        if cells > self.limits.max_matrix_cells:
            raise ExpressionError(f"matrix has {cells} cells (limit {self.limits.max_matrix_cells})")
        if len({len(r) for r in rows}) > 1:
            raise ExpressionError("matrix rows have different lengths")
        return rows

    def _List(self, node: ast.List, depth: int) -> Any:
        return self.sp.Matrix(self._rows(node, depth))

    def _Tuple(self, node: ast.Tuple, depth: int) -> Any:
        return tuple(self.build(e, depth) for e in node.elts)


def _log10_size(value: Any) -> float:
    """log10 of a SymPy number's numerator times its denominator: the digits of a power of it, per unit of exponent.

    Not `_digits` (which adds one per integer, for counting a written number): 2^2048 has 617 digits, not 2665."""
    try:
        if value.is_Rational:
            return math.log10(abs(int(value.p)) or 1) + math.log10(abs(int(value.q)))
    except (AttributeError, TypeError, ValueError, OverflowError):
        pass
    return 0.0


def _digits(value: Any) -> float:
    """Estimated decimal digits of a SymPy number (0 for symbols: they cost nothing now)."""
    try:
        if value.is_Integer:
            number = abs(int(value))
            return math.log10(number) + 1 if number else 1
        if value.is_Rational:
            return _digits(value.p) + _digits(value.q) if hasattr(value.p, "is_Integer") else \
                math.log10(abs(value.p) + 1) + math.log10(abs(value.q) + 1)
    except (AttributeError, TypeError, ValueError, OverflowError):
        return 0.0
    return 0.0


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def _parse_tree(text: str, limits: Limits) -> ast.AST:
    depth = max_depth = 0
    for ch in text:  # refuse deep nesting before the Python parser recurses on it
        depth += ch in "([{"
        depth -= ch in ")]}"
        max_depth = max(max_depth, depth)
    if max_depth > limits.max_depth:
        raise ExpressionError(f"expression is nested deeper than {limits.max_depth}")
    if re.search(rf"[-+~]{{{limits.max_depth},}}", text):
        raise ExpressionError(f"more than {limits.max_depth} signs in a row")
    try:
        return ast.parse(text, mode="eval").body
    except SyntaxError as error:
        raise ExpressionError(f"not a valid expression: {error.msg} at column {error.offset}") from None
    except (ValueError, RecursionError, MemoryError):
        raise ExpressionError("not a valid expression") from None


def parse_expression(text: str, *, symbols: Mapping[str, Any] | None = None, limits: Limits = DEFAULT_LIMITS,
                     calculus: bool = False) -> Any:
    """Parse math text into a SymPy object (expression, relation, matrix or tuple).

    `a = b` becomes `Eq(a, b)`; `^` is a power; `×`, `·`, `÷`, `−` are their ASCII operators.
    `calculus=True` also reads unevaluated Integral, Sum, Product, Derivative and Limit (see the module).

    Raises:
        UnsafeExpression: syntax that is never allowed (attributes, calls of unlisted names, ...).
        ExpressionError: invalid syntax or a broken size limit.
    """
    text = _prepare(text, limits)
    if not text:
        raise ExpressionError("empty expression")
    relation = _split_relation(text)
    builder = _Builder(symbols, limits, calculus)
    try:
        if relation is not None:
            left_text, _, right_text = relation
            if not left_text or not right_text:
                raise ExpressionError("an equation needs both sides")
            builder.source = left_text
            left = builder.build(_parse_tree(left_text, limits))
            builder.source = right_text
            right = builder.build(_parse_tree(right_text, limits))
            return builder.sp.Eq(left, right, evaluate=False)
        builder.source = text
        return builder.build(_parse_tree(text, limits))
    except ExpressionError:
        raise
    except RecursionError:
        raise ExpressionError("expression is too deeply nested") from None
    except (TypeError, ValueError, ZeroDivisionError, AttributeError, OverflowError) as error:
        raise ExpressionError(f"cannot build this expression: {str(error)[:160]}") from None
    except MemoryError:
        raise ExpressionError("the expression is too large to build") from None
    except Exception as error:  # SymPy's own (PrecisionExhausted, PolynomialError, ...): typed, never a traceback
        raise ExpressionError(f"cannot build this expression ({type(error).__name__})") from None


def parse_equation(text: str, *, symbols: Mapping[str, Any] | None = None, limits: Limits = DEFAULT_LIMITS) -> Any:
    """Parse `lhs = rhs` (or `lhs == rhs`) into `Eq`; a bare expression means `expr = 0`."""
    sp = _sympy()
    result = parse_expression(text, symbols=symbols, limits=limits)
    if isinstance(result, sp.Equality):
        return result
    if isinstance(result, sp.Basic) and not isinstance(result, (sp.core.relational.Relational, sp.MatrixBase)):
        return sp.Eq(result, 0, evaluate=False)
    raise ExpressionError("expected an equation such as 'x + 1 = 3'")


def parse_relation(text: str, *, symbols: Mapping[str, Any] | None = None, limits: Limits = DEFAULT_LIMITS) -> Any:
    """Parse an equation or inequality (=, ==, !=, <, <=, >, >=)."""
    sp = _sympy()
    result = parse_expression(text, symbols=symbols, limits=limits)
    if isinstance(result, (sp.core.relational.Relational, sp.And)):
        return result
    raise ExpressionError("expected a relation such as 'x < 3' or 'a = b'")


# ---------------------------------------------------------------------------------------------
# LaTeX-ish -> plain text
# ---------------------------------------------------------------------------------------------

_LATEX_WORDS = {
    r"\cdot": "*", r"\times": "*", r"\div": "/", r"\pi": "pi", r"\le": "<=", r"\leq": "<=", r"\ge": ">=",
    r"\geq": ">=", r"\neq": "!=", r"\ne": "!=", r"\infty": "oo", r"\ln": "ln", r"\log": "log", r"\sin": "sin",
    r"\cos": "cos", r"\tan": "tan", r"\exp": "exp", r"\left": "", r"\right": "", r"\,": "", r"\;": "",
    r"\!": "", r"\quad": " ", r"\qquad": " ", r"\%": "%", r"\$": "", r"\dfrac": r"\frac", r"\tfrac": r"\frac",
    r"\displaystyle": "", r"\text": "", r"\mathrm": "", r"\operatorname": "",
}


def _braced(text: str, start: int) -> tuple[str, int] | None:
    """Content of the {...} group starting at `start` and the index after it."""
    if start >= len(text) or text[start] != "{":
        return None
    depth = 0
    for i in range(start, len(text)):
        depth += text[i] == "{"
        depth -= text[i] == "}"
        if depth == 0:
            return text[start + 1 : i], i + 1
    return None


def _replace_frac_sqrt(text: str, budget: int = 200) -> str:
    for _ in range(budget):
        match = re.search(r"\\(frac|sqrt)\s*(\[[^\]]*\])?\s*(?=\{)", text)
        if match is None:
            return text
        first = _braced(text, match.end())
        if first is None:
            return text
        if match.group(1) == "sqrt":
            inner, end = first
            index = match.group(2)
            replacement = f"root(({inner}), ({index[1:-1]}))" if index else f"sqrt({inner})"
            text = text[: match.start()] + replacement + text[end:]
            continue
        second = _braced(text, first[1])
        if second is None:
            return text
        text = text[: match.start()] + f"(({first[0]})/({second[0]}))" + text[second[1] :]
    return text


def _as_is(replacement: str) -> Callable[[re.Match[str]], str]:
    """A re.sub replacement that inserts `replacement` literally (its backslashes are not escapes)."""
    return lambda _match: replacement


def normalize_latex(text: str) -> str:
    """LaTeX-ish math to plain text for `parse_expression` (best effort, never raises).

    Handles $...$ and \\( \\) delimiters, \\frac{a}{b}, \\sqrt{x}, \\sqrt[n]{x}, \\cdot, \\times,
    \\left( \\right), {} groups, \\pi, thousands separators (1,000 -> 1000), currency signs, and
    `a%` as a/100 when it follows a number.
    """
    if not isinstance(text, str):
        return ""
    text = text[:20_000]
    text = re.sub(r"\\\(|\\\)|\\\[|\\\]|\$", " ", text)
    text = re.sub(r"\\boxed\s*", "", text)
    text = re.sub(r"\\[dt]frac(?![A-Za-z])", r"\\frac", text)  # before \frac is expanded
    text = _replace_frac_sqrt(text)
    for word in sorted(_LATEX_WORDS, key=len, reverse=True):
        text = re.sub(re.escape(word) + r"(?![A-Za-z])", _as_is(_LATEX_WORDS[word]), text)
    text = re.sub(r"\^\{([^{}]*)\}", r"**(\1)", text)
    text = text.replace("{", "(").replace("}", ")")
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    text = re.sub(r"(?<![\d.])(\d+(?:\.\d+)?)\s*%", r"(\1/100)", text)  # the look-behind keeps this linear
    text = re.sub(r"[€£¥]", "", text)
    return re.sub(r"\s+", " ", text).strip()
