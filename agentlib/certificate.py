"""Certificates: the checked facts behind a verified answer, one shape for every part of agentlib.

A puzzle's verdict, a math result, a checked trace and an agent's answer all say "verified" only
when a tool established it, and they say how with a `Certificate`: the method (e.g. "unique model",
"entailment (negation unsat)", "roots substituted back") and the `Check`s a tool performed, each the
claim it was asked and what it answered. A reader needs no other type to see why an answer is
trusted, and `to_dict` / `from_dict` round-trip it through JSON (the sandbox, the HTTP service).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

CheckResult = Literal["sat", "unsat", "unknown", "valid", "invalid", "holds", "fails"]


@dataclass(frozen=True)
class Check:
    """One tool fact: what was asked, and what the tool said.

    `result` is a solver's answer ("sat", "unsat", "unknown"), an entailment's ("valid", "invalid")
    or a computed check's ("holds", "fails": SymPy confirmed or refuted an equality).
    """

    claim: str  # e.g. "constraints + not(Alice is a knight)", "x = 2 in x^2 - 5x + 6 = 0"
    result: CheckResult
    detail: str = ""

    def __post_init__(self) -> None:
        if self.result not in get_args(CheckResult):
            raise ValueError(f"a check's result is one of {', '.join(get_args(CheckResult))}, not {self.result!r}")


@dataclass(frozen=True)
class Certificate:
    """How an answer was established: a method, the checks behind it and the tool that ran them."""

    method: str
    checks: tuple[Check, ...]
    solver: str = "z3"

    def render(self) -> str:
        lines = [f"certificate ({self.method}, {self.solver}):"]
        lines += [f"  - {c.claim}: {c.result}" + (f" ({c.detail})" if c.detail else "") for c in self.checks]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {"method": self.method, "solver": self.solver,
                "checks": [{"claim": c.claim, "result": c.result, "detail": c.detail} for c in self.checks]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Certificate:
        """The inverse of `to_dict`. Raises InputError for a record that is not a certificate."""
        from agentlib.records import fields, reading

        with reading("a certificate"):
            data = fields(data)
            checks = [fields(c) for c in data["checks"]]
            return cls(method=str(data["method"]), solver=str(data.get("solver", "z3")),
                       checks=tuple(Check(str(c["claim"]), c["result"], str(c.get("detail", ""))) for c in checks))


# the name the puzzle modules grew up with
SolverCheck = Check
