"""The planner: asks the model for a short plan as validated JSON, with a one-step fallback.

The model replies `{"steps": ["...", "..."]}`; the reply is parsed with `json` and validated by the
`PlanSpec` pydantic model. An invalid reply is retried with the validation message as feedback (a
bounded number of times); a model that cannot plan gets the one-step plan "solve the task directly",
so planning never blocks a run. The same function re-plans after failures, given what went wrong.
Left out: calling the model (the loop passes `call`, which records and replays replies).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agentlib.agent.tools import ToolSet
from agentlib.errors import ModelRetry
from agentlib.llm import Message

MAX_PLAN_STEPS = 8
PLAN_SYSTEM = (
    "You plan how to solve a task with the tools listed. Reply with JSON only, no prose: "
    f'{{"steps": ["first step", "second step"]}} with 1 to {MAX_PLAN_STEPS} short steps.'
)
ModelCall = Callable[[list[Message]], str]


class PlanSpec(BaseModel):
    """The JSON a planning reply must hold."""

    model_config = ConfigDict(extra="ignore")
    steps: list[str] = Field(min_length=1, max_length=MAX_PLAN_STEPS)


@dataclass(frozen=True)
class PlanOutcome:
    steps: list[str]
    fallback: bool
    problems: list[str]


def fallback_steps() -> list[str]:
    """The plan used when the model cannot produce one."""
    return ["Solve the task directly, calling a tool when it helps, then give the final answer."]


def parse_plan(reply: str) -> PlanSpec:
    """Parse a planning reply. Raises ModelRetry with what to fix."""
    start = reply.find("{")
    if start < 0:
        raise ModelRetry('the plan must be a JSON object like {"steps": ["..."]}')
    try:
        value, _ = json.JSONDecoder().raw_decode(reply, start)
    except json.JSONDecodeError as error:
        raise ModelRetry(f"the plan is not valid JSON ({error.msg} at char {error.pos - start})") from None
    except RecursionError:
        raise ModelRetry("the plan JSON is nested too deeply") from None
    except ValueError:  # not a JSONDecodeError: an integer past Python's 4,300-digit conversion limit
        raise ModelRetry("a number in the plan JSON is too long to read") from None
    try:
        spec = PlanSpec.model_validate(value)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "plan"
        raise ModelRetry(f"the plan is invalid: {where}: {first['msg']}") from None
    steps = [" ".join(s.split())[:300] for s in spec.steps if s.strip()]
    if not steps:
        raise ModelRetry("the plan has only empty steps")
    return PlanSpec(steps=steps)


def plan_messages(task: str, toolset: ToolSet, skill_body: str = "", feedback: Sequence[str] = ()) -> list[Message]:
    """The planning prompt; `feedback` lists earlier problems (invalid JSON, failed plan)."""
    tools = ", ".join(f"{t.name} ({t.description})" for t in toolset.tools.values()) or "none"
    context = f"\n\nGuidance:\n{skill_body}" if skill_body else ""
    messages = [
        Message("system", PLAN_SYSTEM + context),
        Message("user", f"Tools: {tools}\n\nTask:\n{task}", trusted=False),
    ]
    if feedback:
        notes = "\n".join(f"- {f}" for f in feedback)
        messages.append(Message("user", f"Problems so far:\n{notes}\nReply with the JSON plan only.", trusted=False))
    return messages


def make_plan(
    call: ModelCall, task: str, toolset: ToolSet, *, skill_body: str = "", attempts: int = 2,
    feedback: Sequence[str] = (),
) -> PlanOutcome:
    """Ask for a plan up to `attempts` times; fall back to the one-step plan."""
    problems = list(feedback)
    for _ in range(attempts):
        reply = call(plan_messages(task, toolset, skill_body, problems))
        try:
            return PlanOutcome(parse_plan(reply).steps, False, problems)
        except ModelRetry as problem:
            problems.append(str(problem))
    return PlanOutcome(fallback_steps(), True, problems)
