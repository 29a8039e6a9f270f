"""Budgets of one agent run: steps, tokens, wall time, and bounded retries of each kind.

`Budget` is the frozen configuration; `BudgetMeter` counts what a run has used and names the first
limit crossed as a typed `Exhaustion`. The loop asks `meter.exhausted()` before each model call and,
when it says why, ends the run with an Answer that says so (never an exception to the caller).
Wall time is a `Deadline` over the whole run: the loop passes it into every model call
(`agentlib.llm.within`), so a backend stops generating when it passes, not after its reply.
Left out: per-tool deadlines (tools and the sandbox own those; a tool call is not interrupted).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from agentlib.limits import AGENT_DEADLINE_S, Deadline, check_count, check_deadline


@dataclass(frozen=True)
class Budget:
    """Limits of one run.

    max_steps: model turns of the executor (each tool call or answer attempt is one).
    max_tokens: prompt + completion tokens over all model calls.
    max_seconds: wall time of the whole run, model generation included (`Agent.run(deadline_s=...)`
        overrides it for one run).
    max_new_tokens: per model reply. think_tokens: per think phase (None = no separate limit).
    max_format_retries / max_repairs / max_replans: bounded feedback loops.
    final_answer_tokens: size of the one forced answer call when a budget runs out (0 = abstain).
    """

    max_steps: int = 12
    max_tokens: int = 32_000
    max_seconds: float = AGENT_DEADLINE_S
    max_new_tokens: int = 512
    think_tokens: int | None = None
    max_format_retries: int = 3
    max_repairs: int = 2
    max_replans: int = 1
    final_answer_tokens: int = 128

    def __post_init__(self) -> None:
        for name in ("max_steps", "max_tokens", "max_new_tokens"):
            check_count(getattr(self, name), f"Budget.{name}", 1)
        check_deadline(self.max_seconds, "Budget.max_seconds")
        for name in ("max_format_retries", "max_repairs", "max_replans", "final_answer_tokens"):
            check_count(getattr(self, name), f"Budget.{name}", 0)
        if self.think_tokens is not None:
            check_count(self.think_tokens, "Budget.think_tokens", 1)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Exhaustion:
    """Which limit ended a run (`kind`, for control flow) and a message saying so (for people)."""

    kind: Literal["step_budget", "token_budget", "deadline"]
    message: str


@dataclass
class BudgetMeter:
    """What a run has used so far; `deadline` is the run's wall-clock budget (`budget.max_seconds`
    unless the run was given its own)."""

    budget: Budget
    deadline: Deadline = field(default_factory=lambda: Deadline(AGENT_DEADLINE_S))
    steps: int = 0
    tokens: int = 0
    format_retries: int = 0
    repairs: int = 0
    replans: int = 0

    @classmethod
    def start(cls, budget: Budget, deadline_s: float | None = None) -> BudgetMeter:
        """A meter whose deadline starts now: `deadline_s` if given, else `budget.max_seconds`."""
        seconds = budget.max_seconds if deadline_s is None else check_deadline(deadline_s)
        return cls(budget, Deadline(seconds))

    def charge_tokens(self, prompt_tokens: int, completion_tokens: int) -> None:
        self.tokens += prompt_tokens + completion_tokens

    def tokens_left(self) -> int:
        return max(0, self.budget.max_tokens - self.tokens)

    def exhausted(self) -> Exhaustion | None:
        """The limit that stops the run now, or None."""
        if self.steps >= self.budget.max_steps:
            return Exhaustion("step_budget", f"step budget exhausted ({self.steps} of {self.budget.max_steps} steps)")
        if self.tokens >= self.budget.max_tokens:
            return Exhaustion(
                "token_budget", f"token budget exhausted ({self.tokens} of {self.budget.max_tokens} tokens)"
            )
        if self.deadline.expired:
            return self.deadline_reached()
        return None

    def deadline_reached(self) -> Exhaustion:
        return Exhaustion("deadline", f"deadline reached ({self.deadline.seconds:g} s of wall time)")

    def time_left(self) -> float:
        return self.deadline.remaining()
