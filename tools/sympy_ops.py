"""The SymPy work behind `agentlib.tools.sympy_tools`, run inside the sandbox worker.

Each function takes JSON-compatible arguments (text, numbers), parses text only through
`agentlib.tools.safe_math`, does one SymPy operation and returns a dict of strings and numbers.
These functions do no process isolation themselves: call them through `sympy_tools` (which routes
them through `agentlib.sandbox`) unless you are already inside the worker.

Every exception SymPy raises inside one of them (NotImplementedError, PrecisionExhausted,
PolynomialError, ...) comes out as an `ExpressionError` naming the operation (`_typed`), so the sandbox
reports it as the caller's input problem, never as a crash. `solve` is honest about completeness: a
polynomial equation lists every root (closed forms where they exist, `CRootOf` with a numeric value
where they do not) and says `complete`; other equations say that completeness is not known.

Left out: plotting, assumptions on symbols (all symbols are complex unless SymPy infers more),
and any parsing besides `safe_math`.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from typing import Any, TypeVar

from agentlib.tools.safe_math import ExpressionError, parse_expression

MAX_DERIVATIVE_ORDER = 20
MAX_SERIES_ORDER = 30
MAX_PRECISION = 100
MAX_MATRIX_POWER = 1_000
MAX_MATRIX_SIZE = 8
NUMERIC_POINTS = 6
NUMERIC_TOLERANCE = 1e-9


Operation = TypeVar("Operation", bound=Callable[..., dict[str, Any]])


def _sp():
    import sympy

    return sympy


def _typed(operation: Operation) -> Operation:
    """Turn any exception SymPy raises inside `operation` into an ExpressionError that names it."""

    @functools.wraps(operation)
    def wrapper(*args: Any, **kwargs: Any) -> dict[str, Any]:
        try:
            return operation(*args, **kwargs)
        except ExpressionError:
            raise
        except RecursionError:
            raise ExpressionError(f"{operation.__name__}: the expression is nested too deeply") from None
        except NotImplementedError:
            raise ExpressionError(f"{operation.__name__}: SymPy has no method for this input") from None
        except Exception as error:  # PrecisionExhausted, PolynomialError, ValueError, ...: typed, never a crash
            detail = str(error).splitlines()[0][:160] if str(error) else type(error).__name__
            raise ExpressionError(f"{operation.__name__} failed: {detail}") from None

    return wrapper  # type: ignore[return-value]


def _expression(text: str, what: str = "expression") -> Any:
    """Parse one expression (not a relation or matrix)."""
    sp = _sp()
    if not isinstance(text, str):
        raise ExpressionError(f"{what} must be text, got {type(text).__name__}")
    value = parse_expression(text)
    if not isinstance(value, sp.Expr):
        raise ExpressionError(f"{what} must be a single expression, not {type(value).__name__}: {text[:60]!r}")
    return value


def _symbol(name: str | None, expression: Any = None, what: str = "variable") -> Any:
    """A variable name -> Symbol; with no name, the expression's only free symbol."""
    sp = _sp()
    if name is None or name == "":
        free = sorted(getattr(expression, "free_symbols", ()), key=str)
        if len(free) != 1:
            names = ", ".join(map(str, free)) or "none"
            raise ExpressionError(f"name the {what}: the expression has free symbols {names}")
        return free[0]
    value = parse_expression(name) if isinstance(name, str) else None
    if not isinstance(value, sp.Symbol):
        raise ExpressionError(f"{what} must be a plain name like 'x', got {str(name)[:40]!r}")
    return value


def _text(value: Any) -> str:
    return str(value)


def _relation_or_equation(text: str) -> Any:
    sp = _sp()
    value = parse_expression(text)
    if isinstance(value, (sp.core.relational.Relational, sp.And)):
        return value
    if isinstance(value, sp.Expr):
        return sp.Eq(value, 0)
    raise ExpressionError(f"expected an equation or inequality, got {text[:60]!r}")


@_typed
def simplify(expression: str) -> dict[str, Any]:
    """Simplify an expression (or both sides of a relation)."""
    sp = _sp()
    value = parse_expression(expression)
    if isinstance(value, sp.core.relational.Relational):
        result = type(value)(sp.simplify(value.lhs), sp.simplify(value.rhs))
    elif isinstance(value, (sp.Expr, sp.MatrixBase, sp.And, sp.Or, sp.Not)):
        result = sp.simplify(value)
    else:
        raise ExpressionError("simplify takes one expression, relation or matrix")
    return {"input": _text(value), "result": _text(result)}


@_typed
def solve(equations: list[str], variables: list[str] | None = None) -> dict[str, Any]:
    """Solve equations (and systems, or one inequality) for the given or all free variables."""
    sp = _sp()
    if isinstance(equations, str):
        equations = [equations]
    if not isinstance(equations, list) or not equations:
        raise ExpressionError("equations must be a non-empty list of text, e.g. ['x + y = 3', 'x - y = 1']")
    if len(equations) > 20:
        raise ExpressionError("at most 20 equations at once")
    parsed: list[Any] = []
    for text in equations:
        relation = _relation_or_equation(text)
        # a chain "1 < 2*x < 3" parses as And(...); reduce_inequalities wants the relations themselves
        parsed.extend(relation.args if isinstance(relation, sp.And) else [relation])
    free = set().union(*(p.free_symbols for p in parsed))
    if variables:
        symbols = [_symbol(v) for v in variables]
    else:
        symbols = sorted(free, key=str)
    if not symbols:
        raise ExpressionError("there are no variables to solve for")
    inequalities = [p for p in parsed if not isinstance(p, sp.Equality)]
    if inequalities:
        if len(symbols) != 1:
            raise ExpressionError("inequalities can be solved for one variable at a time")
        result = sp.reduce_inequalities(parsed, symbols)
        return {"variables": [_text(s) for s in symbols], "kind": "inequality", "solution": _text(result)}
    if len(parsed) == 1 and len(symbols) == 1:
        polynomial = _polynomial_roots(parsed[0], symbols[0])
        if polynomial is not None:
            return polynomial
    solutions = sp.solve(parsed, symbols, dict=True)
    rendered = [{_text(k): _text(v) for k, v in solution.items()} for solution in solutions]
    out: dict[str, Any] = {"variables": [_text(s) for s in symbols], "kind": "equations", "solutions": rendered,
                           "count": len(rendered), "complete": None}
    out["note"] = ("SymPy found no solution; that none exists is not proven" if not rendered else
                   "solutions found by SymPy's solve; that there are no others is not proven")
    return out


def _polynomial_roots(equation: Any, symbol: Any) -> dict[str, Any] | None:
    """Every root of a polynomial (or rational) equation in one variable, or None if it is not one.

    Closed forms come from SymPy's `roots` per irreducible factor; a factor without them (degree 5 and
    up, in general) contributes its roots as exact `CRootOf` objects with a numeric value, and the reply
    says `closed_form: false` rather than pretending there is nothing to find.
    """
    sp = _sp()
    numerator, denominator = sp.together(equation.lhs - equation.rhs).as_numer_denom()
    if not numerator.is_polynomial(symbol) or not denominator.is_polynomial(symbol):
        return None
    poly = sp.Poly(numerator, symbol)
    if poly.degree() <= 0 or poly.degree() > 60:
        return None
    if not all(c.is_number for c in poly.all_coeffs()):
        return None  # parameters in the coefficients: leave it to solve
    found: list[tuple[Any, int]] = []
    numeric: list[Any] = []  # CRootOf's own evalf takes seconds per root: nroots gives the same set at once
    closed_form = True
    _, factors = sp.factor_list(poly.as_expr(), symbol)
    for factor, power in factors:
        factor_poly = sp.Poly(factor, symbol)
        if factor_poly.degree() == 0:
            continue
        closed = sp.roots(factor_poly, multiple=False)
        if sum(closed.values()) == factor_poly.degree():
            found.extend((root, count * power) for root, count in closed.items())
            continue
        closed_form = False
        if not all(c.is_Rational for c in factor_poly.all_coeffs()):
            return {"variables": [_text(symbol)], "kind": "equations", "solutions": [], "count": 0,
                    "complete": False, "closed_form": False,
                    "note": f"not solved: no closed form for the roots of {_text(factor)} = 0"}
        found.extend((root, power) for root in factor_poly.all_roots())
        numeric.extend(factor_poly.nroots(n=15))
    kept = [(root, count) for root, count in found if denominator.subs(symbol, root) != 0]
    solutions = [{_text(symbol): _text(root)} for root, _ in kept]
    out: dict[str, Any] = {"variables": [_text(symbol)], "kind": "equations", "solutions": solutions,
                           "count": len(solutions), "complete": True, "closed_form": closed_form,
                           "multiplicities": [count for _, count in kept]}
    if not closed_form:
        out["numeric"] = [_text(value) for value in numeric]
        out["note"] = ("some roots have no closed form in radicals: they are given as CRootOf; 'numeric' lists "
                       "their values")
    return out


def _random_point(symbols: list[Any], rng: random.Random) -> dict[Any, Any]:
    sp = _sp()
    return {s: sp.Rational(rng.randint(-300, 300), rng.randint(7, 97)) for s in symbols}


@_typed
def check_equal(left: str, right: str, seed: int = 0) -> dict[str, Any]:
    """Decide whether two expressions are equal: symbolically, then at random points."""
    sp = _sp()
    a, b = _expression(left, "left"), _expression(right, "right")
    difference = sp.simplify(a - b)
    if difference == 0:
        return {"status": "equal", "method": "symbolic", "certifies": True}
    symbols = sorted(difference.free_symbols, key=str)
    if not symbols and difference.is_number:
        value = sp.N(difference, 30)
        if value.is_real is not None and abs(value) > NUMERIC_TOLERANCE:
            return {"status": "not_equal", "method": "symbolic", "difference": _text(difference), "certifies": True}
    rng = random.Random(seed)
    tested = 0
    for _ in range(NUMERIC_POINTS * 3):
        point = _random_point(symbols, rng)
        try:
            value = complex(sp.N(difference.subs(point), 30))
            scale = max(1.0, abs(complex(sp.N(a.subs(point), 30))))
        except (TypeError, ValueError, ZeroDivisionError, OverflowError):
            continue  # a pole or a non-numeric value at this point: try another
        if value != value or abs(value) == float("inf") or scale == float("inf"):
            continue
        tested += 1
        if abs(value) > NUMERIC_TOLERANCE * scale:
            return {"status": "not_equal", "method": "numeric", "certifies": True,
                    "counterexample": {_text(s): _text(v) for s, v in point.items()},
                    "left_value": _text(sp.N(a.subs(point), 15)), "right_value": _text(sp.N(b.subs(point), 15))}
        if tested >= NUMERIC_POINTS:
            return {"status": "equal", "method": "numeric", "points": tested, "certifies": False,
                    "note": "equal at random points; not proven symbolically"}
    return {"status": "unknown", "method": "numeric", "points": tested, "certifies": False}


@_typed
def differentiate(expression: str, variable: str | None = None, order: int = 1) -> dict[str, Any]:
    """The `order`-th derivative with respect to `variable`."""
    sp = _sp()
    value = _expression(expression)
    if not isinstance(order, int) or not 1 <= order <= MAX_DERIVATIVE_ORDER:
        raise ExpressionError(f"order must be an integer from 1 to {MAX_DERIVATIVE_ORDER}")
    symbol = _symbol(variable, value)
    return {"result": _text(sp.simplify(sp.diff(value, symbol, order)))}


@_typed
def integrate(expression: str, variable: str | None = None, lower: str | None = None,
              upper: str | None = None) -> dict[str, Any]:
    """An antiderivative, or the definite integral when both bounds are given."""
    sp = _sp()
    value = _expression(expression)
    symbol = _symbol(variable, value)
    if (lower is None) != (upper is None):
        raise ExpressionError("give both bounds for a definite integral, or neither")
    if lower is None or upper is None:  # both None: the check above refused one without the other
        result = sp.integrate(value, symbol)
        definite = False
    else:
        result = sp.integrate(value, (symbol, _expression(str(lower), "lower"), _expression(str(upper), "upper")))
        definite = True
    unevaluated = result.has(sp.Integral)
    out: dict[str, Any] = {"result": _text(result), "definite": definite, "evaluated": not unevaluated}
    if definite and not unevaluated and result.is_number:
        out["numeric"] = _text(sp.N(result, 15))
    return out


@_typed
def limit(expression: str, variable: str | None = None, point: str = "0", direction: str = "+-") -> dict[str, Any]:
    """The limit of the expression as `variable` tends to `point` ("+", "-" or two-sided "+-")."""
    sp = _sp()
    if direction not in ("+", "-", "+-"):
        raise ExpressionError("direction must be '+', '-' or '+-'")
    value = _expression(expression)
    symbol = _symbol(variable, value)
    target = _expression(str(point), "point")
    if direction == "+-" and target.is_infinite:
        direction = "-" if target == sp.oo else "+"
    return {"result": _text(sp.limit(value, symbol, target, dir=direction))}


@_typed
def series(expression: str, variable: str | None = None, point: str = "0", order: int = 6) -> dict[str, Any]:
    """The series expansion around `point` up to (not including) the power `order`."""
    sp = _sp()
    if not isinstance(order, int) or not 1 <= order <= MAX_SERIES_ORDER:
        raise ExpressionError(f"order must be an integer from 1 to {MAX_SERIES_ORDER}")
    value = _expression(expression)
    symbol = _symbol(variable, value)
    expansion = sp.series(value, symbol, _expression(str(point), "point"), order)
    return {"result": _text(expansion), "polynomial": _text(expansion.removeO())}


def _matrix(rows: Any, what: str = "matrix") -> Any:
    sp = _sp()
    if not isinstance(rows, list) or not rows or not all(isinstance(r, list) and r for r in rows):
        raise ExpressionError(f"{what} must be a non-empty list of rows, e.g. [['1', '2'], ['3', '4']]")
    if len(rows) > MAX_MATRIX_SIZE or any(len(r) > MAX_MATRIX_SIZE for r in rows):
        raise ExpressionError(f"{what} is larger than {MAX_MATRIX_SIZE}x{MAX_MATRIX_SIZE}")
    if len({len(r) for r in rows}) != 1:
        raise ExpressionError(f"{what} rows have different lengths")
    return sp.Matrix([[_expression(str(cell), f"{what} entry") for cell in row] for row in rows])


def _rows(value: Any) -> list[list[str]]:
    return [[_text(value[i, j]) for j in range(value.cols)] for i in range(value.rows)]


@_typed
def matrix(operation: str, matrix: list[list[str]], exponent: int | None = None,
           other: list[list[str]] | None = None) -> dict[str, Any]:
    """One matrix operation: eigenvalues, power, determinant, inverse, rank or multiply."""
    sp = _sp()
    m = _matrix(matrix)
    square = m.rows == m.cols
    if operation in ("eigenvalues", "power", "determinant", "inverse") and not square:
        raise ExpressionError(f"{operation} needs a square matrix, got {m.rows}x{m.cols}")
    if operation == "eigenvalues":
        return {"eigenvalues": {_text(k): int(v) for k, v in m.eigenvals().items()}}
    if operation == "determinant":
        return {"result": _text(sp.simplify(m.det()))}
    if operation == "rank":
        return {"result": int(m.rank())}
    if operation == "inverse":
        if sp.simplify(m.det()) == 0:
            raise ExpressionError("the matrix is singular (determinant 0): it has no inverse")
        return {"result": _rows(sp.simplify(m.inv()))}
    if operation == "power":
        if not isinstance(exponent, int) or abs(exponent) > MAX_MATRIX_POWER:
            raise ExpressionError(f"power needs an integer exponent with |exponent| <= {MAX_MATRIX_POWER}")
        if exponent < 0 and sp.simplify(m.det()) == 0:
            raise ExpressionError("a negative power of a singular matrix does not exist")
        return {"result": _rows(sp.simplify(m ** exponent))}
    if operation == "multiply":
        if other is None:
            raise ExpressionError("multiply needs `other`, the right-hand matrix")
        right = _matrix(other, "other")
        if m.cols != right.rows:
            raise ExpressionError(f"cannot multiply {m.rows}x{m.cols} by {right.rows}x{right.cols}")
        return {"result": _rows(sp.expand(m * right))}
    raise ExpressionError("operation must be one of: eigenvalues, power, determinant, inverse, rank, multiply")


@_typed
def evaluate(expression: str, precision: int = 15, substitutions: dict[str, str] | None = None) -> dict[str, Any]:
    """A numeric value of the expression to `precision` significant digits, after substitutions."""
    sp = _sp()
    if not isinstance(precision, int) or not 1 <= precision <= MAX_PRECISION:
        raise ExpressionError(f"precision must be an integer from 1 to {MAX_PRECISION}")
    value = _expression(expression)
    mapping = {}
    for name, text in (substitutions or {}).items():
        mapping[_symbol(name)] = _expression(str(text), f"value of {name}")
    numeric = sp.N(value.subs(mapping), precision)
    if numeric.free_symbols:
        names = ", ".join(sorted(map(str, numeric.free_symbols)))
        raise ExpressionError(f"cannot evaluate: no value given for {names} (use substitutions)")
    out: dict[str, Any] = {"result": _text(numeric)}
    if numeric.is_real and numeric.is_finite:
        out["float"] = float(numeric)
    return out
