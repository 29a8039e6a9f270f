"""SymPy tools for the agent: typed functions whose SymPy work runs in the sandbox worker.

Each public function here validates nothing itself beyond its types: it sends its JSON arguments
to the same-named function of `agentlib.tools.sympy_ops` inside `agentlib.sandbox`'s
pre-started worker (memory and CPU limits, a wall-clock deadline, SIGKILL and restart past it).
Text becomes SymPy only through `agentlib.tools.safe_math`'s AST allow-list.

Errors: a refused or malformed input comes back as `ToolInputError` (an `InputError`) whose
message tells the model what to fix; a deadline or crash is a `ToolTimeout` / `ToolCrashed`
(`ToolFailure`). Importing this module does not import SymPy.
"""

from __future__ import annotations

from typing import Any, Literal

from agentlib.sandbox import default_sandbox

DEFAULT_DEADLINE_S = 10.0
_OPS = "agentlib.tools.sympy_ops"


def _run(function: str, /, **kwargs: Any) -> dict[str, Any]:
    return default_sandbox().call(f"{_OPS}:{function}", kwargs, deadline_s=DEFAULT_DEADLINE_S)


def simplify(expression: str) -> dict[str, Any]:
    """Simplify an expression, a relation (both sides) or a matrix.

    Args:
        expression: math text such as "(x**2 - 1)/(x - 1)"; use ** or ^ for powers and * for products.
    """
    return _run("simplify", expression=expression)


def solve(equations: list[str], variables: list[str] | None = None) -> dict[str, Any]:
    """Solve one equation, a system of equations, or one inequality in one variable.

    Args:
        equations: e.g. ["x + y = 3", "x - y = 1"]; a bare expression means "= 0".
        variables: names to solve for (default: every free name).
    """
    return _run("solve", equations=equations, variables=variables)


def check_equal(left: str, right: str) -> dict[str, Any]:
    """Decide whether two expressions are equal: symbolically, else at random points.

    Returns status "equal", "not_equal" (with a counterexample point when found numerically) or
    "unknown"; `certifies` is true when the answer is proven (symbolic equality or a counterexample).

    Args:
        left: the first expression, e.g. "(a + b)**2".
        right: the second expression, e.g. "a**2 + 2*a*b + b**2".
    """
    return _run("check_equal", left=left, right=right)


def differentiate(expression: str, variable: str | None = None, order: int = 1) -> dict[str, Any]:
    """Differentiate an expression.

    Args:
        expression: the function to differentiate, e.g. "x**3*sin(x)".
        variable: the variable (may be omitted when the expression has only one).
        order: how many times to differentiate (1 to 20).
    """
    return _run("differentiate", expression=expression, variable=variable, order=order)


def integrate(expression: str, variable: str | None = None, lower: str | None = None,
              upper: str | None = None) -> dict[str, Any]:
    """Integrate an expression: an antiderivative, or a definite integral when both bounds are given.

    Args:
        expression: the integrand, e.g. "x*exp(x)".
        variable: the integration variable (may be omitted when there is only one).
        lower: lower bound, e.g. "0" or "-oo".
        upper: upper bound, e.g. "pi" or "oo".
    """
    return _run("integrate", expression=expression, variable=variable, lower=lower, upper=upper)


def limit(expression: str, variable: str | None = None, point: str = "0",
          direction: Literal["+", "-", "+-"] = "+-") -> dict[str, Any]:
    """The limit of an expression as the variable tends to a point.

    Args:
        expression: e.g. "sin(x)/x".
        variable: the variable (may be omitted when there is only one).
        point: where the variable tends, e.g. "0" or "oo".
        direction: "+" from above, "-" from below, "+-" both sides.
    """
    return _run("limit", expression=expression, variable=variable, point=point, direction=direction)


def series(expression: str, variable: str | None = None, point: str = "0", order: int = 6) -> dict[str, Any]:
    """A series expansion (Taylor/Laurent) of an expression around a point.

    Args:
        expression: e.g. "exp(x)*cos(x)".
        variable: the variable (may be omitted when there is only one).
        point: the expansion point, e.g. "0".
        order: the power at which the expansion stops, O(x**order) (1 to 30).
    """
    return _run("series", expression=expression, variable=variable, point=point, order=order)


def matrix(operation: Literal["eigenvalues", "power", "determinant", "inverse", "rank", "multiply"],
           matrix: list[list[str]], exponent: int | None = None,
           other: list[list[str]] | None = None) -> dict[str, Any]:
    """One exact matrix operation (up to 8x8).

    Args:
        operation: "eigenvalues" (value -> multiplicity), "power", "determinant", "inverse", "rank" or "multiply".
        matrix: rows of entries as text, e.g. [["1", "2"], ["3", "4"]].
        exponent: the integer power for "power".
        other: the right-hand matrix for "multiply".
    """
    return _run("matrix", operation=operation, matrix=matrix, exponent=exponent, other=other)


def evaluate(expression: str, precision: int = 15, substitutions: dict[str, str] | None = None) -> dict[str, Any]:
    """A numeric value of an expression.

    Args:
        expression: e.g. "sqrt(2)*pi" or "x**2 + 1".
        precision: significant digits (1 to 100).
        substitutions: values for names, e.g. {"x": "3/2"}.
    """
    return _run("evaluate", expression=expression, precision=precision, substitutions=substitutions or {})


TOOLS = {
    "simplify": simplify,
    "solve": solve,
    "check_equal": check_equal,
    "differentiate": differentiate,
    "integrate": integrate,
    "limit": limit,
    "series": series,
    "matrix": matrix,
    "evaluate": evaluate,
}
