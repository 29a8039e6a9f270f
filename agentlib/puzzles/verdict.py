"""What solving a puzzle returns: an answer with its certificate, or a plain reason for having none.

Every puzzle family (knights and knaves, ProntoQA, ProofWriter, LogicalDeduction, FOLIO, a model's
own formalization) returns a `Verdict`, so `agentlib solve`, the eval harness and the agent loop
render and score them one way.

- status "verified": the answer is forced. `certificate.checks` lists the solver facts that prove it
  (the constraints are satisfiable, and the negation of the answer together with them is unsat).
- status "abstained": several answers remain, or none (a contradiction), or the text was not
  understood, or a bound was reached; `failure` says which (`ambiguous`, `unsat`, `not_parsed`,
  `deadline`, `resources`, `error`) and `reason` says why in one line (for a contradiction: the
  unsat core's labels; for several solutions: what every solution shares, in `shared`).
- status "unverified": an answer exists but no solver proved it (e.g. a model answered without a
  formalization); never produced by the deterministic formalizers.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from agentlib.certificate import Certificate, Check, SolverCheck
from agentlib.records import choice, fields, optional_text, reading

Status = Literal["verified", "unverified", "abstained"]
Failure = Literal["not_parsed", "unsat", "ambiguous", "error", "deadline", "resources"]
Reader = Literal["grammar", "model"]

__all__ = ["Certificate", "Check", "Failure", "Reader", "SolverCheck", "Status", "Verdict", "format_answer"]


@dataclass
class Verdict:
    family: str
    status: Status
    answer: Any = None
    reason: str = ""
    certificate: Certificate | None = None
    failure: Failure | None = None
    spec: dict[str, Any] | None = None  # the constraint-language spec that was solved
    unparsed: list[str] = field(default_factory=list)  # sentences the formalizer did not understand
    reader: Reader = "grammar"  # which path read the text: a deterministic grammar, or a model's formalization
    shared: dict[str, Any] = field(default_factory=dict)  # ambiguous: what every solution has in common

    @property
    def verified(self) -> bool:
        return self.status == "verified"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["certificate"] = self.certificate.to_dict() if self.certificate is not None else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Verdict:
        """The inverse of `to_dict` (a verdict that crossed the sandbox or the network as JSON).

        Raises:
            InputError: `data` is not a verdict (not an object, a field missing or of the wrong type, an unknown
                status or reader).
        """
        with reading("a verdict"):
            data = fields(data)
            certificate = data.get("certificate")
            return cls(
                family=str(data["family"]), status=choice(data["status"], Status, "status"), answer=data.get("answer"),
                reason=str(data.get("reason", "")),
                certificate=Certificate.from_dict(certificate) if certificate else None,
                failure=optional_text(data.get("failure"), "failure"),  # type: ignore[arg-type]
                spec=data.get("spec"), unparsed=list(data.get("unparsed") or []),
                reader=choice(data.get("reader", "grammar"), Reader, "reader"), shared=dict(data.get("shared") or {}),
            )

    def render(self) -> str:
        """Human-readable: answer, status, certificate or reason."""
        head = f"answer: {format_answer(self.answer)}" if self.answer is not None else "answer: (none)"
        lines = [head, f"status: {self.status}" + (f" ({self.failure})" if self.failure else "")]
        if self.reason:
            lines.append(f"reason: {self.reason}")
        if self.shared:
            lines.append("across the solutions: " + format_answer(self.shared))
        if self.unparsed:
            lines.append("not understood:")
            lines += [f"  - {s}" for s in self.unparsed]
        if self.certificate is not None:
            lines.append(self.certificate.render())
        return "\n".join(lines)


def format_answer(answer: Any) -> str:
    if isinstance(answer, dict):  # values may be lists ("undetermined": [...]): words, never a Python repr
        separator = "; " if any(isinstance(v, (list, tuple, dict)) for v in answer.values()) else ", "
        return separator.join(f"{k}: {format_answer(v)}" for k, v in answer.items())
    if isinstance(answer, (list, tuple)):
        return ", ".join(map(str, answer))
    return str(answer)
