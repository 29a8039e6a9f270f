"""The checker's result: per step, its claims with verdicts and evidence; the first wrong step; one feedback line.

Verdicts: "verified" (the tool agrees), "refuted" (the tool disagrees; `correct` says what holds instead),
"unsupported" (a flag for review, not a computation: a final answer the trace never computed, see
`grounding.py`; a value carried from an earlier step with a digit changed, `grounding.py`; a problem's rate
quoted with another of its numbers, `quotes.py`; or, when asked for, an assumption the step states itself,
`doubts.py`) and "unchecked" (not checkable: out of the checker's language, too large, ambiguous).

Every refuted or flagged claim carries its evidence: `text` is the claim as read (what), `source` names where
any other fact it was checked against comes from ("step 2: $x^2 = 9$", "the problem: ..."; empty when the
step alone settles it) and `correct` says why it fails (the recomputed value, the differing point). `rule`
names the check that made the verdict, as a `Rule` (typed: callers branch on it, never on message text).

Step numbers are the printed ones: `StepReport.number` and `TraceReport.first_error_step` count from 1 ("Step 1"
is the first step); `StepReport.index` and `TraceReport.first_error_index` are 0-based positions in `steps`.
A step the checker did not reach (deadline, step limit, a crashed worker) says so in `unchecked`; such a trace is
not `complete`, and "no step was refuted" is never said about steps that were not checked.

Left out: confidence scores. A verdict is a computation, so there is nothing to weigh.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any, Literal, get_args

from agentlib.errors import InputError

Verdict = Literal["verified", "refuted", "unsupported", "unchecked"]
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)
ClaimKind = Literal["arithmetic", "algebra", "logic", "grounding", "doubt"]
CLAIM_KINDS: tuple[ClaimKind, ...] = get_args(ClaimKind)
# why a step was not checked: the overall deadline, its own time limit, the step limit, or the worker died
UncheckedReason = Literal["deadline", "step_time", "step_limit", "step_length", "crashed"]
UNCHECKED_REASONS: tuple[UncheckedReason, ...] = get_args(UncheckedReason)
_MARKS = {"verified": "✓", "refuted": "✗", "unsupported": "!", "unchecked": "?"}


class Rule(str, Enum):
    """The check that gave a claim its verdict; `phrase` is how the feedback line words a failure."""

    ARITHMETIC = "arithmetic"  # a computation recomputed exactly
    CLOCK = "clock"  # the length of an interval between two clock times
    UNITS = "units"  # an amount stated in another unit ("2.5 hours = 150 minutes")
    CONGRUENCE = "congruence"  # "2^{10} \\equiv 2 \\pmod{7}", "the remainder when 100 is divided by 7 is 2"
    SOLUTION = "solution"  # a claimed solution substituted into the equation being solved
    SUBSTITUTION = "substitution"  # values the trace stated for letters, put into a later expression
    REWRITE = "rewrite"  # two expressions the trace equates, compared at random points
    NUMERIC = "numeric"  # a numeric equation in LaTeX (roots, fractions, binomials), evaluated
    RESTATED = "restated"  # an equation "simplifying" gives must be the one before, rearranged
    OFFSET = "offset"  # two equations in the same unknowns that differ by a constant
    ROOTS = "roots"  # two consecutive equations in one unknown with no common real solution
    RELATION = "relation"  # a relation the word problem states (an inclusive count, "p% more than", "of the rest")
    ROUNDED_EARLY = "rounded_early"  # a product of a value rounded before the precision the problem asks for
    COMBINED = "combined"  # an equation got by adding or subtracting a linear system's equations, at its solution
    LISTED = "listed"  # a listed solution set checked against the problem's condition
    UNEQUAL = "unequal"  # "a \\ne b" between two equal numbers
    LOGIC = "logic"  # a knights-and-knaves claim checked with Z3
    UNSUPPORTED_ANSWER = "unsupported_answer"  # a final answer no step computed or wrote
    CARRIED_VALUE = "carried_value"  # an earlier result reused with a digit changed
    MISQUOTED_RATE = "misquoted_rate"  # a problem's rate quoted with another of its numbers
    STATED_DOUBT = "stated_doubt"  # the step's own words state an assumption or a doubt

    @property
    def phrase(self) -> str:
        return _PHRASES.get(self, "is wrong")


_PHRASES = {
    Rule.UNSUPPORTED_ANSWER: "is not a value the solution computed",
    Rule.CARRIED_VALUE: "uses an earlier result with a different value",
    Rule.MISQUOTED_RATE: "misquotes the problem's rate",
    Rule.STATED_DOUBT: "states an assumption or a doubt",
}


@dataclass
class ClaimResult:
    """One claim: the kind of claim, the text checked, the verdict, and its evidence (see the module docstring)."""

    kind: ClaimKind
    text: str
    verdict: Verdict
    correct: str = ""  # why it fails: what holds instead ("12 x 4 = 48")
    reason: str = ""  # for "unchecked" and rounding notes: why not decided
    rule: Rule = Rule.ARITHMETIC
    source: str = ""  # where a fact from outside the step comes from: "step 2: ...", "the problem: ..."

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "rule": self.rule.value}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClaimResult:
        try:
            kind, verdict, rule = data["kind"], data["verdict"], Rule(data.get("rule", "arithmetic"))
            if kind not in CLAIM_KINDS or verdict not in VERDICTS:
                raise ValueError(f"unknown kind {kind!r} or verdict {verdict!r}")
            return cls(kind, str(data["text"]), verdict, str(data.get("correct", "")), str(data.get("reason", "")),
                       rule, str(data.get("source", "")))
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(f"not a claim of a trace report: {error}") from None


@dataclass
class StepReport:
    """One step: `number` as printed ("Step 1" is 1), its text (the trace's own "Step 1:" marker removed)."""

    number: int
    text: str
    claims: list[ClaimResult] = field(default_factory=list)
    depends_on_error: bool = False  # uses a value or conclusion from a refuted step
    unchecked: UncheckedReason | None = None  # set when the checker did not reach this step (or all of it)

    @property
    def index(self) -> int:
        """0-based position in `TraceReport.steps`."""
        return self.number - 1

    @property
    def refuted(self) -> list[ClaimResult]:
        return [c for c in self.claims if c.verdict == "refuted"]

    @property
    def flagged(self) -> list[ClaimResult]:
        """Refuted claims first, then unsupported ones: what makes this step the first wrong one."""
        return self.refuted + [c for c in self.claims if c.verdict == "unsupported"]

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "index": self.index, "text": self.text,
                "claims": [c.to_dict() for c in self.claims], "depends_on_error": self.depends_on_error,
                "unchecked": self.unchecked}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StepReport:
        try:
            unchecked = data.get("unchecked")
            if unchecked is not None and unchecked not in UNCHECKED_REASONS:
                raise ValueError(f"unknown reason {unchecked!r}")
            return cls(int(data["number"]), str(data["text"]), [ClaimResult.from_dict(c) for c in data["claims"]],
                       bool(data.get("depends_on_error", False)), unchecked)
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(f"not a step of a trace report: {error}") from None


@dataclass
class TraceReport:
    """Result of `check_trace`: steps, the first wrong step (its printed number, or None) and a feedback line."""

    steps: list[StepReport]
    first_error_step: int | None  # the printed number of the first refuted or flagged step ("Step 3" -> 3)
    explanation: str | None
    notes: list[str] = field(default_factory=list)  # what could not be checked as a whole

    @property
    def first_error_index(self) -> int | None:
        """0-based position of the first wrong step in `steps` (ProcessBench's label), or None."""
        return None if self.first_error_step is None else self.first_error_step - 1

    @property
    def unchecked_steps(self) -> list[int]:
        """Printed numbers of the steps the checker did not reach."""
        return [s.number for s in self.steps if s.unchecked is not None]

    @property
    def complete(self) -> bool:
        """Every step was checked (no deadline, step limit or crash cut the check short)."""
        return not self.unchecked_steps

    @property
    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {v: 0 for v in VERDICTS}
        for step in self.steps:
            for claim in step.claims:
                counts[claim.verdict] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "first_error_step": self.first_error_step,
            "first_error_index": self.first_error_index,
            "explanation": self.explanation,
            "complete": self.complete,
            "unchecked_steps": self.unchecked_steps,
            "counts": self.counts,
            "notes": list(self.notes),
            "steps": [step.to_dict() for step in self.steps],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TraceReport:
        """The report `to_dict` wrote (the sandbox worker sends it as JSON); `InputError` when it is not one."""
        try:
            first = data["first_error_step"]
            explanation = data["explanation"]
            if first is not None and (isinstance(first, bool) or not isinstance(first, int)):
                raise ValueError("first_error_step must be a step number or null")
            return cls([StepReport.from_dict(s) for s in data["steps"]], first,
                       None if explanation is None else str(explanation), [str(n) for n in data.get("notes", [])])
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(f"not a trace report: {error}") from None

    def summary(self) -> str:
        """The last line of `render`: the first wrong step, or what was (not) checked."""
        if self.explanation:
            return self.explanation
        unchecked = self.unchecked_steps
        if unchecked:
            reasons = sorted({s.unchecked for s in self.steps if s.unchecked is not None})
            return (f"No checked step was refuted or flagged, but {spans(unchecked)} "
                    f"{'was' if len(unchecked) == 1 else 'were'} not checked ({', '.join(reasons)}).")
        return "No step was refuted or flagged."

    def render(self, *, width: int = 100) -> str:
        """Human-readable report: each step, its claims with ✓ ✗ ! ? marks and evidence, then the verdict."""
        lines: list[str] = []
        for step in self.steps:
            head = step.text.replace("\n", " ")
            head = head if len(head) <= width else head[: width - 1] + "…"
            flag = "  (depends on an error)" if step.depends_on_error else ""
            flag += f"  (not checked: {step.unchecked})" if step.unchecked else ""
            lines.append(f"Step {step.number}: {head}{flag}")
            for claim in step.claims:
                extra = f" -> {claim.correct}" if claim.correct else (f" ({claim.reason})" if claim.reason else "")
                lines.append(f"  {_MARKS[claim.verdict]} [{claim.kind}] {claim.text}{extra}")
                if claim.source and claim.verdict != "verified":
                    lines.append(f"      from {claim.source}")
        counts = self.counts
        lines.append(f"claims: {counts['verified']} verified, {counts['refuted']} refuted, "
                     f"{counts['unsupported']} unsupported, {counts['unchecked']} unchecked")
        lines.extend(f"note: {note}" for note in self.notes)
        lines.append(self.summary())
        return "\n".join(lines)


def spans(numbers: list[int]) -> str:
    """"step 4", "steps 4-9", "steps 2, 5-7": printed step numbers as ranges."""
    ranges: list[list[int]] = []
    for n in numbers:
        if ranges and n == ranges[-1][1] + 1:
            ranges[-1][1] = n
        else:
            ranges.append([n, n])
    shown = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)
    return f"step {shown}" if len(numbers) == 1 else f"steps {shown}"
