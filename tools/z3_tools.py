"""Z3 tools for the agent: the constraint-language operations, run in the sandbox with a deadline.

Each tool takes a spec in the constraint language (see `agentlib.tools.constraints`), runs Z3 in the
pre-started worker process with Z3's own timeout first and the sandbox's wall-clock deadline
(timeout + 1 s) as the backstop, and returns JSON. A result that proves something (a unique
solution, a valid goal, an entailment, an unsat core) carries `"certifies": true`, which the agent
loop uses to certify an answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from agentlib.sandbox import default_sandbox
from agentlib.tools.constraints import Spec

DEFAULT_TIMEOUT_S = 10.0


def _run(operation: str, spec: Spec | dict, timeout_s: float, **kwargs: Any) -> dict[str, Any]:
    payload = spec.model_dump() if isinstance(spec, Spec) else spec
    timeout_s = min(max(timeout_s, 0.1), 120.0)
    return default_sandbox().call(
        f"agentlib.tools.constraints:{operation}",
        {"spec": payload, "timeout_ms": int(timeout_s * 1000), **kwargs},
        deadline_s=timeout_s + 1.0,
    )


def z3_check(spec: Spec, timeout_s: float = DEFAULT_TIMEOUT_S) -> dict[str, Any]:
    """Check whether the constraints can all hold together.

    Args:
        spec: the constraint-language spec (sorts, variables, functions, labelled constraints).
        timeout_s: solver time limit in seconds.
    """
    result = _run("check", spec, timeout_s)
    result["certifies"] = result["status"] == "unsat"
    return result


def z3_model(spec: Spec, timeout_s: float = DEFAULT_TIMEOUT_S) -> dict[str, Any]:
    """Find one assignment of all variables that satisfies the constraints.

    Args:
        spec: the constraint-language spec.
        timeout_s: solver time limit in seconds.
    """
    return _run("model", spec, timeout_s)


def z3_unique(spec: Spec, terms: list[str] | None = None, timeout_s: float = DEFAULT_TIMEOUT_S) -> dict[str, Any]:
    """Decide whether the solution is unique on the given terms (default: all variables).

    Args:
        spec: the constraint-language spec.
        terms: expressions whose values must be the same in every solution, e.g. ["knight_ann"].
        timeout_s: solver time limit in seconds.
    """
    result = _run("unique", spec, timeout_s, terms=terms)
    result["certifies"] = result["status"] == "unique"
    return result


def z3_all_solutions(spec: Spec, terms: list[str] | None = None, limit: int = 20,
                     timeout_s: float = DEFAULT_TIMEOUT_S) -> dict[str, Any]:
    """List up to `limit` solutions, distinct on the given terms.

    Args:
        spec: the constraint-language spec.
        terms: expressions to report and to make solutions distinct on (default: all variables).
        limit: most solutions to return (1 to 10000).
        timeout_s: solver time limit in seconds.
    """
    return _run("all_solutions", spec, timeout_s, terms=terms, limit=limit)


def z3_prove(spec: Spec, goal: str, timeout_s: float = DEFAULT_TIMEOUT_S) -> dict[str, Any]:
    """Prove that `goal` holds in every solution (constraints + not goal is unsat), or give a counterexample.

    Args:
        spec: the constraint-language spec.
        goal: a Bool expression over the spec's names.
        timeout_s: solver time limit in seconds.
    """
    result = _run("prove", spec, timeout_s, goal=goal)
    result["certifies"] = result["status"] == "valid"
    return result


def z3_entails(spec: Spec, expr: str, timeout_s: float = DEFAULT_TIMEOUT_S) -> dict[str, Any]:
    """Decide if `expr` follows from the constraints: "true", "false" (its negation follows) or "unknown".

    Args:
        spec: the constraint-language spec.
        expr: a Bool expression over the spec's names.
        timeout_s: solver time limit in seconds.
    """
    result = _run("entails", spec, timeout_s, expr=expr)
    result["certifies"] = result["status"] in ("true", "false", "unknown")
    return result


def z3_unsat_core(spec: Spec, timeout_s: float = DEFAULT_TIMEOUT_S) -> dict[str, Any]:
    """Explain a contradiction: the labels of constraints that cannot hold together.

    Args:
        spec: the constraint-language spec.
        timeout_s: solver time limit in seconds.
    """
    result = _run("unsat_core", spec, timeout_s)
    result["certifies"] = result["status"] == "unsat"
    return result


def z3_optimize(spec: Spec, objective: str, direction: Literal["min", "max"] = "min",
                timeout_s: float = DEFAULT_TIMEOUT_S) -> dict[str, Any]:
    """Find the smallest or largest value of an Int/Real objective under the constraints.

    Args:
        spec: the constraint-language spec.
        objective: an Int or Real expression to minimize or maximize.
        direction: "min" or "max".
        timeout_s: solver time limit in seconds.
    """
    return _run("optimize", spec, timeout_s, objective=objective, direction=direction)


TOOLS: dict[str, Callable[..., dict[str, Any]]] = {
    "z3_check": z3_check,
    "z3_model": z3_model,
    "z3_unique": z3_unique,
    "z3_all_solutions": z3_all_solutions,
    "z3_prove": z3_prove,
    "z3_entails": z3_entails,
    "z3_unsat_core": z3_unsat_core,
    "z3_optimize": z3_optimize,
}
