"""Shared helpers of the math solver tests."""

import sympy as sp

from agentlib.tools.safe_math import parse_expression


def values_of(result):
    """The answer of a MathResult as SymPy objects: a list for solutions, one object otherwise."""
    value = result.value
    if value["kind"] in ("solutions", "values"):
        return [parse_expression(v) for v in value["values"]]
    if value["kind"] == "expression":
        return parse_expression(value["expression"])
    if value["kind"] == "matrix":
        return sp.Matrix([[parse_expression(e) for e in row] for row in value["rows"]])
    if value["kind"] == "systems":
        return [{k: parse_expression(v) for k, v in s.items()} for s in value["solutions"]]
    return value


def same_set(found, expected):
    return len(found) == len(expected) and all(any(sp.simplify(f - e) == 0 for f in found) for e in expected)
