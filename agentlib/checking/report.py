"""The checker's result: per step, its claims with verdicts; the first wrong step; one feedback line.

Verdicts: "verified" (the tool agrees), "refuted" (the tool disagrees; `correct` says what holds),
"unsupported" (a flag for review, not a computation: the step uses a number nothing before it gives, see
`grounding.py`; quotes a problem's rate with another of its numbers, `quotes.py`; or states an assumption
or doubt of its own, `doubts.py`)
and "unchecked" (not checkable: out of the checker's language, too large, out of time, ambiguous).

Left out: confidence scores. A verdict is a computation, so there is nothing to weigh.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

VERDICTS = ("verified", "refuted", "unsupported", "unchecked")
_MARKS = {"verified": "✓", "refuted": "✗", "unsupported": "!", "unchecked": "?"}


@dataclass
class ClaimResult:
    """One claim: its kind ("arithmetic", "logic"), the text checked and the verdict."""

    kind: str
    text: str
    verdict: str
    correct: str = ""  # what holds instead, for a refuted claim ("12 x 4 = 48")
    reason: str = ""


@dataclass
class StepReport:
    index: int
    text: str
    claims: list[ClaimResult] = field(default_factory=list)
    depends_on_error: bool = False  # uses a value or conclusion from a refuted step

    @property
    def refuted(self) -> list[ClaimResult]:
        return [c for c in self.claims if c.verdict == "refuted"]

    @property
    def flagged(self) -> list[ClaimResult]:
        """Refuted claims first, then unsupported ones: what makes this step the first wrong one."""
        return self.refuted + [c for c in self.claims if c.verdict == "unsupported"]


@dataclass
class TraceReport:
    """Result of `check_trace`: steps, first wrong step (or None) and a feedback line for a model."""

    steps: list[StepReport]
    first_error_step: int | None
    explanation: str | None
    notes: list[str] = field(default_factory=list)  # what could not be checked as a whole

    @property
    def counts(self) -> dict[str, int]:
        counts = {v: 0 for v in VERDICTS}
        for step in self.steps:
            for claim in step.claims:
                counts[claim.verdict] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "first_error_step": self.first_error_step,
            "explanation": self.explanation,
            "counts": self.counts,
            "notes": list(self.notes),
            "steps": [asdict(step) for step in self.steps],
        }

    def render(self, *, width: int = 100) -> str:
        """Human-readable report: each step, its claims with ✓ ✗ ? marks, then the verdict."""
        lines: list[str] = []
        for step in self.steps:
            head = step.text.replace("\n", " ")
            head = head if len(head) <= width else head[: width - 1] + "…"
            flag = "  (depends on an error)" if step.depends_on_error else ""
            lines.append(f"Step {step.index + 1}: {head}{flag}")
            for claim in step.claims:
                extra = f" -> {claim.correct}" if claim.correct else (f" ({claim.reason})" if claim.reason else "")
                lines.append(f"  {_MARKS[claim.verdict]} [{claim.kind}] {claim.text}{extra}")
        counts = self.counts
        lines.append(f"claims: {counts['verified']} verified, {counts['refuted']} refuted, "
                     f"{counts['unsupported']} unsupported, {counts['unchecked']} unchecked")
        lines.extend(f"note: {note}" for note in self.notes)
        lines.append(self.explanation or "No step was refuted or flagged.")
        return "\n".join(lines)
