"""Budgets of one agent run: steps, tokens, wall time, and bounded retries of each kind.

`Budget` is the frozen configuration; `BudgetMeter` counts what a run has used and names the first
limit crossed. The loop asks `meter.exhausted()` before each model call and, when it says why, ends
the run with an Answer that says so (never an exception to the caller).
Left out: per-tool deadlines (tools and the sandbox own those).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field

from agentlib.errors import InputError


@dataclass(frozen=True)
class Budget:
    """Limits of one run.

    max_steps: model turns of the executor (each tool call or answer attempt is one).
    max_tokens: prompt + completion tokens over all model calls.
    max_seconds: wall time of the run.
    max_new_tokens: per model reply. think_tokens: per think phase (None = no separate limit).
    max_format_retries / max_repairs / max_replans: bounded feedback loops.
    final_answer_tokens: size of the one forced answer call when a budget runs out (0 = abstain).
    """

    max_steps: int = 12
    max_tokens: int = 32_000
    max_seconds: float = 300.0
    max_new_tokens: int = 512
    think_tokens: int | None = None
    max_format_retries: int = 3
    max_repairs: int = 2
    max_replans: int = 1
    final_answer_tokens: int = 128

    def __post_init__(self) -> None:
        for name in ("max_steps", "max_tokens", "max_new_tokens"):
            if getattr(self, name) < 1:
                raise InputError(f"Budget.{name} must be >= 1, got {getattr(self, name)}")
        if self.max_seconds <= 0:
            raise InputError(f"Budget.max_seconds must be > 0, got {self.max_seconds}")
        for name in ("max_format_retries", "max_repairs", "max_replans", "final_answer_tokens"):
            if getattr(self, name) < 0:
                raise InputError(f"Budget.{name} must be >= 0, got {getattr(self, name)}")
        if self.think_tokens is not None and self.think_tokens < 1:
            raise InputError(f"Budget.think_tokens must be >= 1 or None, got {self.think_tokens}")

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class BudgetMeter:
    """What a run has used so far."""

    budget: Budget
    steps: int = 0
    tokens: int = 0
    format_retries: int = 0
    repairs: int = 0
    replans: int = 0
    started: float = field(default_factory=time.monotonic)

    def charge_tokens(self, prompt_tokens: int, completion_tokens: int) -> None:
        self.tokens += prompt_tokens + completion_tokens

    def tokens_left(self) -> int:
        return max(0, self.budget.max_tokens - self.tokens)

    def exhausted(self) -> str | None:
        """The reason the run must stop now, or None."""
        if self.steps >= self.budget.max_steps:
            return f"step budget exhausted ({self.steps} of {self.budget.max_steps} steps)"
        if self.tokens >= self.budget.max_tokens:
            return f"token budget exhausted ({self.tokens} of {self.budget.max_tokens} tokens)"
        elapsed = time.monotonic() - self.started
        if elapsed >= self.budget.max_seconds:
            return f"time budget exhausted ({elapsed:.1f} s of {self.budget.max_seconds:g} s)"
        return None

    def time_left(self) -> float:
        return self.budget.max_seconds - (time.monotonic() - self.started)
