"""MathResult: the answer to one math request, its worked steps, the checks behind it, and why.

A result is `verified` only when SymPy confirmed the final answer independently of how it was found
(roots substituted back, the antiderivative differentiated, a closed form checked by induction, numeric
spot checks) and every step it shows as checked was checked. `unverified` carries an answer that some
check could not confirm; `abstained` carries no answer, only the reason (`failure` gives it a type).

Steps are shown by level: a `key` step at every level, a `main` step from intermediate down, a `detail`
step only for beginners; `explanation` is printed for beginners only. The level never changes the answer.
A step whose `check` is None is an explanation, never marked as checked.

`to_dict()` / `from_dict()` round-trip through JSON (the sandbox, the HTTP service).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from agentlib.certificate import Certificate, Check
from agentlib.records import choice, fields, optional_text, reading

Status = Literal["verified", "unverified", "abstained"]
Level = Literal["beginner", "intermediate", "advanced"]
StepRole = Literal["key", "main", "detail"]
Failure = Literal["not_math", "not_understood", "ambiguous", "unsupported", "no_closed_form", "deadline",
                  "too_large", "refuted", "no_model", "model"]
LEVELS: tuple[Level, ...] = get_args(Level)
_SHOWN: dict[Level, tuple[StepRole, ...]] = {
    "beginner": ("key", "main", "detail"), "intermediate": ("key", "main"), "advanced": ("key",),
}


def check_level(level: object) -> Level:
    """`level` as a Level, or InputError naming the choices."""
    from agentlib.errors import InputError

    if level not in LEVELS:
        raise InputError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    return level


@dataclass(frozen=True)
class MathStep:
    """One line of a worked solution: what is done, the math it shows, and SymPy's check of it."""

    text: str
    math: str = ""  # the displayed math, plain text
    latex: str = ""
    check: Check | None = None
    role: StepRole = "main"
    explanation: str = ""  # extra words for beginners

    def to_dict(self) -> dict[str, Any]:
        check = None if self.check is None else {"claim": self.check.claim, "result": self.check.result,
                                                  "detail": self.check.detail}
        return {"text": self.text, "math": self.math, "latex": self.latex, "check": check, "role": self.role,
                "explanation": self.explanation}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MathStep:
        """The inverse of `to_dict`. Raises InputError for a record that is not a step."""
        with reading("a math step"):
            data = fields(data)
            raw = data.get("check")
            check = None if not raw else Check(str(fields(raw)["claim"]), raw["result"], str(raw.get("detail", "")))
            return cls(text=str(data["text"]), math=str(data.get("math", "")), latex=str(data.get("latex", "")),
                       check=check, role=choice(data.get("role", "main"), StepRole, "role"),
                       explanation=str(data.get("explanation", "")))


@dataclass(frozen=True)
class MathResult:
    """The answer to a math request. `value` is the answer in machine form (see `answer_value`)."""

    problem: str
    status: Status
    answer: str | None = None
    answer_latex: str | None = None
    steps: tuple[MathStep, ...] = ()
    verification: Certificate | None = None
    reason: str = ""
    task: str | None = None
    level: Level = "intermediate"
    failure: Failure | None = None
    value: dict[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # how the request was read ("log read as the natural logarithm", ...)

    @property
    def verified(self) -> bool:
        return self.status == "verified"

    def shown_steps(self) -> tuple[MathStep, ...]:
        """The steps this result's level shows."""
        return tuple(step for step in self.steps if step.role in _SHOWN[self.level])

    def render(self) -> str:
        lines = [f"answer: {self.answer if self.answer is not None else '-'}", f"status: {self.status}"]
        if self.reason:
            lines.append(f"reason: {self.reason}")
        for note in self.notes:
            lines.append(f"note: {note}")
        steps = self.shown_steps()
        if steps:
            lines.append(f"steps ({self.level}):")
            for number, step in enumerate(steps, 1):
                mark = "" if step.check is None else (" [checked]" if step.check.result == "holds" else " [FAILED]")
                shown = f": {step.math}" if step.math else ""
                lines.append(f"  {number}. {step.text}{shown}{mark}")
                if step.explanation and self.level == "beginner":
                    lines.append(f"     {step.explanation}")
        if self.verification is not None:
            lines.append(self.verification.render().replace("certificate", "verification", 1))
        if self.answer_latex:
            lines.append(f"latex: {self.answer_latex}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "problem": self.problem, "status": self.status, "answer": self.answer, "answer_latex": self.answer_latex,
            "steps": [s.to_dict() for s in self.shown_steps()], "all_steps": [s.to_dict() for s in self.steps],
            "verification": None if self.verification is None else self.verification.to_dict(),
            "reason": self.reason, "task": self.task, "level": self.level, "failure": self.failure,
            "value": self.value, "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MathResult:
        """The inverse of `to_dict`.

        Raises:
            InputError: `data` is not a math result (not an object, a field missing or of the wrong type, an
                unknown status, level or step role).
        """
        with reading("a math result"):
            data = fields(data)
            verification = data.get("verification")
            steps = data.get("all_steps", data.get("steps", []))
            if not isinstance(steps, list):
                raise TypeError(f"steps must be a list, not {type(steps).__name__}")
            return cls(problem=str(data["problem"]), status=choice(data["status"], Status, "status"),
                       answer=optional_text(data.get("answer"), "answer"),
                       answer_latex=optional_text(data.get("answer_latex"), "answer_latex"),
                       steps=tuple(MathStep.from_dict(s) for s in steps),
                       verification=None if not verification else Certificate.from_dict(verification),
                       reason=str(data.get("reason", "")), task=optional_text(data.get("task"), "task"),
                       level=choice(data.get("level", "intermediate"), Level, "level"),
                       failure=optional_text(data.get("failure"), "failure"),  # type: ignore[arg-type]
                       value=dict(data.get("value") or {}), notes=tuple(str(n) for n in data.get("notes", ())))


def abstain(problem: str, reason: str, failure: Failure, *, level: Level = "intermediate", task: str | None = None,
            notes: tuple[str, ...] = ()) -> MathResult:
    """A result with no answer, only the typed reason."""
    return MathResult(problem=problem, status="abstained", reason=reason, failure=failure, level=level, task=task,
                      notes=notes)
