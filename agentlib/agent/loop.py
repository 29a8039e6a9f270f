"""The agent loop: plan, then act with tools over a budget, and end with a certified or honest Answer.

`Agent(model, tools=[...]).run(task)` returns a `RunResult(answer, steps)`. Each executor turn asks
the model for one tool call or the final answer (`agentlib.agent.protocol`); malformed replies get
feedback (bounded), validated calls run through the task's `ToolSet`, results come back as
observations with ids (`o7` is step 7). Two failed calls in a row trigger a re-plan (bounded).

An Answer is "verified" when its certificate holds: a task verifier `verify(answer, steps)` returns
the proving step indices, or the answer cites (`<answer cite="o7">`) observations whose tool marked
them as certifying, or exactly one certifying observation's `answer`/`value`/`result` field equals
the answer. Otherwise it is "unverified", or "abstained" when no answer could be obtained, and
`reason` says why. An optional `checker(problem, reasoning)` refutes reasoning; its explanation goes
back to the model for a repair turn (bounded).

Every step is appended to a JSONL trace (`agentlib.agent.tracefile`); `Agent.resume` replays the
recorded model replies and tool results of a crashed run and continues live, so no record is lost
or written twice. Left out: parallel tool calls (one call per turn keeps small models on track).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Literal, Mapping, Sequence

from agentlib.agent.budget import Budget, BudgetMeter
from agentlib.agent.planner import fallback_steps, make_plan
from agentlib.agent.protocol import STOP_STRINGS, ParsedAnswer, parse_reply, render_tools
from agentlib.agent.skills import Skill, load_skills, parse_skill_choice, select_skills, skill_choice_prompt
from agentlib.agent.steps import (
    Answer,
    Error,
    ModelReply,
    Observation,
    Plan,
    Retry,
    StepBase,
    Thought,
    ToolCall,
    step_from_dict,
    step_to_dict,
)
from agentlib.agent.thinking import THINK_CLOSE_NUDGE, close_thinking, split_thinking
from agentlib.agent.tools import Tool, ToolResult, ToolSet
from agentlib.agent.tracefile import TraceWriter, read_trace
from agentlib.errors import CheckpointError, InputError, ModelRetry
from agentlib.llm import GenerateOptions, Message, TextModel

ReasoningChecker = Callable[[str, str], "str | None"]
"""(problem, reasoning) -> a one-line explanation of the first wrong step, or None when it holds."""
Verifier = Callable[[str, Sequence[StepBase]], "list[int] | None"]
"""(answer text, steps) -> indices of the steps that prove the answer, or None."""

TRACE_VERSION = 1
SYSTEM_BASE = (
    "You solve the user's task step by step. Use tools for exact work (arithmetic, algebra, logic) "
    "instead of guessing. Reply with exactly one tool call or the final answer per turn."
)
_VALUE_FIELDS = ("answer", "value", "result")
ToolsArg = Iterable[Callable[..., Any] | Tool] | Mapping[str, Callable[..., Any]] | ToolSet | None
SkillChoice = Literal["lexical", "model"]


@dataclass
class RunResult:
    """The final answer and every step of the run, in order (the Answer is the last step)."""

    answer: Answer
    steps: list[StepBase]
    trace_path: Path | None = None

    @property
    def verified(self) -> bool:
        return self.answer.status == "verified"


def _default_tools() -> ToolSet:
    try:
        from agentlib.tools.catalog import builtin_tools
    except ImportError:
        return ToolSet()
    return ToolSet.of(builtin_tools())


def _normalize(text: str) -> str:
    return " ".join(str(text).strip().strip(".").lower().split())


class Agent:
    """A planner/executor over a `TextModel`.

    Args:
        model: any TextModel (scripted, transformers, HTTP, SambaY).
        tools: functions or Tools the agent may use (default: the built-in catalogue if present).
        skills: None loads the built-in skills; a list restricts to those; False uses none.
        budget: limits of the run. trace_path: JSONL trace to write (must not exist yet).
        checker: reasoning checker for repair turns. verify: task verifier for the certificate.
        plan: ask the model for a plan (False uses the one-step plan without a model call).
        skill_choice: "lexical" (score descriptions) or "model" (ask the model).
        options: base generation options (temperature, seed); max_new_tokens comes from the budget.
    """

    def __init__(
        self,
        model: TextModel,
        tools: ToolsArg = None,
        *,
        skills: Sequence[Skill] | bool | None = None,
        budget: Budget | None = None,
        trace_path: str | Path | None = None,
        checker: ReasoningChecker | None = None,
        verify: Verifier | None = None,
        plan: bool = True,
        skill_choice: SkillChoice = "lexical",
        options: GenerateOptions | None = None,
        system_prompt: str = SYSTEM_BASE,
    ):
        self.model = model
        self.toolset = tools if isinstance(tools, ToolSet) else (_default_tools() if tools is None else ToolSet.of(tools))
        if skills is None or skills is True:
            self.skills = list(load_skills().values())
        elif skills is False:
            self.skills = []
        else:
            self.skills = list(skills)
        self.budget = budget or Budget()
        self.trace_path = Path(trace_path) if trace_path is not None else None
        self.checker = checker
        self.verify = verify
        self.plan = plan
        if skill_choice not in ("lexical", "model"):
            raise InputError(f"skill_choice must be 'lexical' or 'model', got {skill_choice!r}")
        self.skill_choice = skill_choice
        self.options = options or GenerateOptions()
        self.system_prompt = system_prompt

    def run(self, task: str) -> RunResult:
        """Solve `task`; always returns an Answer (budget exhaustion included)."""
        if not isinstance(task, str) or not task.strip():
            raise InputError("the task must be non-empty text")
        if self.trace_path is not None and self.trace_path.exists() and self.trace_path.stat().st_size > 0:
            raise InputError(f"trace {self.trace_path} already exists; use Agent.resume or choose a new path")
        return _Run(self, task, recorded=[]).execute()

    @classmethod
    def resume(cls, trace_path: str | Path, model: TextModel, tools: ToolsArg = None, **kwargs: Any) -> RunResult:
        """Continue a run from its trace: recorded replies and tool results are replayed, then it goes live.

        Raises:
            InputError: no trace there. CheckpointError: a corrupt trace, or a run that diverges from it.
        """
        records = read_trace(trace_path)
        if not records or records[0].get("kind") != "run":
            raise CheckpointError(f"{trace_path}: not an agent trace (no 'run' header record)")
        header = records[0]
        if header.get("version") != TRACE_VERSION:
            raise CheckpointError(f"{trace_path}: trace version {header.get('version')} is not {TRACE_VERSION}")
        kwargs.setdefault("budget", Budget(**header["budget"]))
        kwargs.setdefault("plan", header.get("plan", True))
        agent = cls(model, tools, trace_path=trace_path, **kwargs)
        try:
            recorded = [step_from_dict(r["step"]) for r in records[1:]]
        except (KeyError, ValueError) as error:
            raise CheckpointError(f"{trace_path}: a step record is malformed ({str(error).splitlines()[0]})") from None
        if recorded and recorded[-1].kind == "answer":
            return RunResult(recorded[-1], recorded, agent.trace_path)
        return _Run(agent, header["task"], recorded=recorded).execute()


@dataclass
class _Run:
    """One execution of a task; replays `recorded` steps before calling the model or tools live."""

    agent: Agent
    task: str
    recorded: list[StepBase]
    steps: list[StepBase] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.pending = deque(self.recorded)
        self.meter = BudgetMeter(self.agent.budget)
        self.writer: TraceWriter | None = None
        self.skill: Skill | None = None
        # A fresh copy per run: the repeat guard must not remember another run's calls.
        self.toolset = self.agent.toolset.restricted(self.agent.toolset.names)

    # --- recording and replay -------------------------------------------------------------------
    def _record(self, step: StepBase) -> StepBase:
        if self.pending:
            recorded = self.pending.popleft()
            if recorded.kind != step.kind or recorded.index != step.index:
                raise CheckpointError(
                    f"the run diverges from its trace at step {step.index}: trace has {recorded.kind}, run made {step.kind}"
                )
            step = recorded
        elif self.writer is not None:
            self.writer.append({"step": step_to_dict(step)})
        self.steps.append(step)
        return step

    def _next(self) -> int:
        return len(self.steps)

    def _call(self, messages: list[Message], options: GenerateOptions, purpose: str) -> ModelReply:
        if self.pending and self.pending[0].kind == "model_reply":
            reply = self._record(self.pending[0])  # type: ignore[arg-type]
        else:
            started = time.time()
            prompt_hash = hashlib.sha256(
                json.dumps([[m.role, m.content] for m in messages], ensure_ascii=True).encode()
            ).hexdigest()
            completion = self.agent.model.generate(messages, options)
            reply = self._record(
                ModelReply(
                    index=self._next(),
                    started_at=started,
                    purpose=purpose,
                    text=completion.text,
                    finish_reason=completion.finish_reason,
                    prompt_tokens=completion.prompt_tokens,
                    completion_tokens=completion.completion_tokens,
                    prompt_sha256=prompt_hash,
                )
            )
        assert isinstance(reply, ModelReply)
        self.meter.charge_tokens(reply.prompt_tokens, reply.completion_tokens)
        return reply

    def _options(self, max_new_tokens: int, stop: tuple[str, ...] = ()) -> GenerateOptions:
        limit = max(1, min(max_new_tokens, self.meter.tokens_left() or 1))
        return self.agent.options.with_(max_new_tokens=limit, stop=stop)

    # --- the run ---------------------------------------------------------------------------------
    def execute(self) -> RunResult:
        if self.agent.trace_path is not None:
            self.writer = TraceWriter(self.agent.trace_path)
            if self.writer.next_seq == 0:
                self.writer.append(
                    {
                        "kind": "run",
                        "version": TRACE_VERSION,
                        "task": self.task,
                        "model": getattr(self.agent.model, "name", "model"),
                        "tools": self.agent.toolset.names,
                        "budget": self.agent.budget.to_dict(),
                        "plan": self.agent.plan,
                    }
                )
        try:
            self._choose_skill()
            self._plan()
            answer = self._act()
        finally:
            if self.writer is not None:
                self.writer.close()
        return RunResult(answer, self.steps, self.agent.trace_path)

    def _choose_skill(self) -> None:
        skills = self.agent.skills
        if not skills:
            return
        if self.agent.skill_choice == "model":
            reply = self._call(skill_choice_prompt(self.task, skills), self._options(32), "choose_skill")
            try:
                self.skill = parse_skill_choice(reply.text, skills)
            except ModelRetry:
                chosen = select_skills(self.task, skills)
                self.skill = chosen[0] if chosen else None
        else:
            chosen = select_skills(self.task, skills)
            self.skill = chosen[0] if chosen else None
        if self.skill is not None:
            self.toolset = self.agent.toolset.restricted(self.skill.allowed_tools)

    def _plan(self, feedback: Sequence[str] = ()) -> None:
        started = time.time()
        if self.agent.plan:
            body = self.skill.body if self.skill else ""
            outcome = make_plan(
                lambda msgs: self._call(msgs, self._options(256), "plan").text,
                self.task,
                self.toolset,
                skill_body=body,
                feedback=feedback,
            )
            steps, fallback = outcome.steps, outcome.fallback
        else:
            steps, fallback = fallback_steps(), True
        self._record(
            Plan(index=self._next(), started_at=started, steps=steps, skill=self.skill.name if self.skill else None, fallback=fallback)
        )

    def messages(self) -> list[Message]:
        """The executor prompt, rendered from the steps so far."""
        system = self.agent.system_prompt
        if self.skill is not None and self.skill.body:
            system += f"\n\n# Skill: {self.skill.name}\n{self.skill.body}"
        system += "\n\n" + render_tools(self.toolset)
        rendered: list[Message] = [Message("system", system), Message("user", f"Task:\n{self.task}", trusted=False)]
        for step in self.steps:
            if isinstance(step, Plan):
                title = "Plan" if not any(isinstance(s, Plan) for s in self.steps[: step.index]) else "Revised plan"
                lines = "\n".join(f"{i + 1}. {s}" for i, s in enumerate(step.steps))
                rendered.append(Message("user", f"{title}:\n{lines}", trusted=False))
            elif isinstance(step, ModelReply) and step.purpose in ("act", "final"):
                rendered.append(Message("assistant", self._assistant_text(step), trusted=False))
            elif isinstance(step, Observation):
                label = "error" if not step.ok else ("certifies" if step.certifies else "ok")
                rendered.append(Message("user", f"Observation o{step.index} ({step.name}, {label}):\n{step.content}", trusted=False))
            elif isinstance(step, Retry):
                rendered.append(Message("user", f"Feedback: {step.message}", trusted=False))
        merged: list[Message] = []
        for message in rendered:
            if merged and merged[-1].role == message.role and message.role == "user":
                merged[-1] = Message("user", merged[-1].content + "\n\n" + message.content, trusted=False)
            else:
                merged.append(message)
        return merged

    @staticmethod
    def _assistant_text(step: ModelReply) -> str:
        split = split_thinking(step.text)
        if split.open_block:
            return close_thinking(step.text)
        text = split.rest or step.text[-2000:] or "(empty reply)"
        if "<tool_call>" in text and "</tool_call>" not in text:
            text += "</tool_call>"
        if re.search(r"<answer", text) and "</answer>" not in text:
            text += "</answer>"
        return text

    def _act(self) -> Answer:
        budget = self.agent.budget
        failures_in_a_row = 0
        while True:
            reason = self.meter.exhausted()
            if reason is not None:
                return self._finish_exhausted(reason)
            self.meter.steps += 1
            max_new = budget.max_new_tokens + (budget.think_tokens or 0)
            reply = self._call(self.messages(), self._options(max_new, STOP_STRINGS), "act")
            split = split_thinking(reply.text)
            over_think = budget.think_tokens is not None and self.agent.model.count_tokens(split.thinking) > budget.think_tokens
            if split.open_block and (reply.finish_reason == "length" or over_think):
                self._record(Retry(index=self._next(), reason="think_budget", message=THINK_CLOSE_NUDGE))
                continue
            try:
                parsed = parse_reply(reply.text, self.toolset)
            except ModelRetry as problem:
                self.meter.format_retries += 1
                if self.meter.format_retries > budget.max_format_retries:
                    return self._answer_from_text(split.rest, "the model did not follow the answer format")
                message = str(problem)
                kind = "repeat" if message.startswith("repeated call") else "tool_denied" if message.startswith("unknown or not allowed") else "format"
                self._record(Retry(index=self._next(), reason=kind, message=message))
                continue
            if parsed.thought:
                self._record(Thought(index=self._next(), text=parsed.thought))
            if parsed.call is not None:
                observation = self._run_tool(parsed.call.name, parsed.call.arguments)
                failures_in_a_row = 0 if observation.ok else failures_in_a_row + 1
                if failures_in_a_row >= 2 and self.meter.replans < budget.max_replans:
                    self.meter.replans += 1
                    failures_in_a_row = 0
                    self._record(Error(index=self._next(), source="tool", message=f"two failed tool calls; re-planning: {observation.content[:200]}"))
                    self._plan(feedback=[f"the previous plan failed: {observation.content[:300]}"])
                continue
            assert parsed.answer is not None
            if self.agent.checker is not None and self.meter.repairs < budget.max_repairs:
                explanation = self.agent.checker(self.task, self._reasoning(parsed.answer))
                if explanation:
                    self.meter.repairs += 1
                    self._record(
                        Retry(index=self._next(), reason="checker", message=f"a checker found a problem in your reasoning: {explanation}. Repair it and answer again.")
                    )
                    continue
            return self._finish(parsed.answer)

    def _run_tool(self, name: str, arguments: dict[str, Any]) -> Observation:
        call = self._record(ToolCall(index=self._next(), name=name, arguments=arguments))
        prepared = self.toolset.prepare(name, arguments, step_index=call.index + 1)
        if self.pending and self.pending[0].kind == "observation":
            observation = self._record(self.pending[0])
        else:
            started = time.time()
            result: ToolResult = self.toolset.execute(prepared)
            observation = self._record(
                Observation(
                    index=self._next(),
                    started_at=started,
                    call_index=call.index,
                    name=name,
                    ok=result.ok,
                    content=result.content,
                    certifies=result.ok and result.certifies,
                )
            )
        assert isinstance(observation, Observation)
        return observation

    def _reasoning(self, answer: ParsedAnswer) -> str:
        parts = [s.text for s in self.steps if isinstance(s, Thought)]
        parts += [f"{s.name} -> {s.content}" for s in self.steps if isinstance(s, Observation)]
        return "\n".join(parts + [f"Answer: {answer.text}"])

    def _certificate(self, answer: ParsedAnswer) -> tuple[list[int], str]:
        if self.agent.verify is not None:
            proof = self.agent.verify(answer.text, list(self.steps))
            if proof:
                return sorted(set(proof)), ""
        certifying = {s.index: s for s in self.steps if isinstance(s, Observation) and s.ok and s.certifies}
        cited = [c for c in answer.cites if c in certifying]
        if cited:
            return cited, ""
        if len(certifying) == 1:
            (index, observation), = certifying.items()
            try:
                data = json.loads(observation.content)
            except ValueError:
                data = None
            if isinstance(data, dict) and any(
                f in data and _normalize(data[f]) == _normalize(answer.text) for f in _VALUE_FIELDS
            ):
                return [index], ""
        if answer.cites:
            return [], f"cited observations {list(answer.cites)} are not certifying tool results"
        return [], "no certifying tool result supports the answer"

    def _finish(self, answer: ParsedAnswer, prefix: str = "") -> Answer:
        certificate, reason = self._certificate(answer)
        status = "verified" if certificate else "unverified"
        reason = "; ".join(r for r in (prefix, reason) if r)
        return self._record(Answer(index=self._next(), text=answer.text, status=status, certificate=certificate, reason=reason))  # type: ignore[return-value]

    def _answer_from_text(self, text: str, why: str) -> Answer:
        text = text.split("<tool_call>", 1)[0]  # a half-written call is not part of an answer
        if text.strip():
            return self._record(Answer(index=self._next(), text=text.strip()[:2000], status="unverified", reason=why))  # type: ignore[return-value]
        return self._record(Answer(index=self._next(), text="", status="abstained", reason=why))  # type: ignore[return-value]

    def _finish_exhausted(self, reason: str) -> Answer:
        self._record(Error(index=self._next(), source="budget", message=reason))
        budget = self.agent.budget
        if budget.final_answer_tokens and self.meter.time_left() > 0 and not reason.startswith("token"):
            messages = self.messages() + [
                Message("user", f"{reason}. Reply now with only your final <answer>...</answer>; no tool calls.")
            ]
            reply = self._call(messages, self.agent.options.with_(max_new_tokens=budget.final_answer_tokens, stop=STOP_STRINGS), "final")
            try:
                parsed = parse_reply(reply.text, ToolSet())
            except ModelRetry:
                parsed = None
            if parsed is not None and parsed.answer is not None:
                return self._finish(parsed.answer, prefix=f"{reason}; answer forced")
            visible = split_thinking(reply.text).rest
            if visible and "<tool_call>" not in visible:
                return self._answer_from_text(visible, f"{reason}; answer forced (not in the answer format)")
        return self._record(Answer(index=self._next(), text="", status="abstained", reason=reason))  # type: ignore[return-value]
