"""Typed steps of an agent run: the run's memory, its trace records and the source of its prompts.

A run is `Plan -> (Thought | ModelReply | ToolCall -> Observation | Retry | Error)* -> Answer`. Every
step is a pydantic record with its index in the run and timestamps; `Step` is the discriminated union
that a trace line parses back into (smolagents `memory.py` style: prompts render from the steps).

`ModelReply` keeps the raw model text so a run can be replayed or resumed without calling the model.
Left out: rendering (that is `agentlib.agent.loop`), and tool execution (`agentlib.agent.tools`).
"""

from __future__ import annotations

import time
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from agentlib.certificate import Certificate

AnswerStatus = Literal["verified", "unverified", "abstained"]
Purpose = Literal["plan", "act", "final", "choose_skill"]
EndedBy = Literal["answer", "step_budget", "token_budget", "deadline", "format_retries", "model_unavailable"]
"""Why a run ended: the model answered, a budget ran out (steps, tokens, wall time), the model kept
breaking the answer format, or the model could not reply at all."""


class StepBase(BaseModel):
    """Fields every step has: its position in the run and when it started and ended (epoch seconds)."""

    model_config = ConfigDict(extra="forbid")

    index: int = Field(ge=0)
    started_at: float = Field(default_factory=time.time)
    ended_at: float = Field(default_factory=time.time)


class Plan(StepBase):
    """What the executor will do, one short instruction per item; `skill` names the chosen skill."""

    kind: Literal["plan"] = "plan"
    steps: list[str]
    skill: str | None = None
    fallback: bool = False


class Thought(StepBase):
    """The model's reasoning text (think block and prose) from one reply."""

    kind: Literal["thought"] = "thought"
    text: str


class ModelReply(StepBase):
    """One raw model reply, kept so a trace replays without calling the model again."""

    kind: Literal["model_reply"] = "model_reply"
    purpose: Purpose = "act"
    text: str
    finish_reason: str = "stop"
    prompt_tokens: int = 0
    completion_tokens: int = 0
    prompt_sha256: str = ""


class ToolCall(StepBase):
    """A validated call the executor is about to run."""

    kind: Literal["tool_call"] = "tool_call"
    name: str
    arguments: dict[str, Any]


class Observation(StepBase):
    """A tool's result. `certifies` is True when the tool marked the result as a proof."""

    kind: Literal["observation"] = "observation"
    call_index: int
    name: str
    ok: bool
    content: str
    certifies: bool = False


class Retry(StepBase):
    """Feedback sent back to the model: a malformed call, a repeat, a refuted reasoning step."""

    kind: Literal["retry"] = "retry"
    reason: Literal["format", "repeat", "checker", "tool_denied", "invalid_arguments", "think_budget"]
    message: str


class Error(StepBase):
    """Something that went wrong outside the model's control (budget, re-plan trigger)."""

    kind: Literal["error"] = "error"
    source: Literal["budget", "deadline", "tool", "planner", "model"]
    message: str


class Answer(StepBase):
    """The run's final record.

    `status` is "verified" only when `certificate` holds: one `Check` per certifying step (a tool
    result that proved something, or a step a task verifier named), each check's detail naming its
    step; `proof_steps` lists those step indices. Otherwise "unverified", or "abstained" when no
    answer was obtained, with `reason` in words and `ended_by` as a type.
    """

    kind: Literal["answer"] = "answer"
    text: str
    status: AnswerStatus
    certificate: Certificate | None = None
    proof_steps: list[int] = Field(default_factory=list)
    reason: str = ""
    ended_by: EndedBy = "answer"


Step = Annotated[
    Plan | Thought | ModelReply | ToolCall | Observation | Retry | Error | Answer,
    Field(discriminator="kind"),
]
STEP_ADAPTER: TypeAdapter[Step] = TypeAdapter(Step)


def step_from_dict(data: dict[str, Any]) -> Step:
    """Parse one stored step (raises pydantic.ValidationError on a foreign record)."""
    return STEP_ADAPTER.validate_python(data)


def step_to_dict(step: StepBase) -> dict[str, Any]:
    """The JSON-ready form of a step, as written to a trace."""
    return step.model_dump(mode="json")
