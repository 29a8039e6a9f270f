"""The agent loop: plan, then act with tools over a budget, and end with a certified or honest Answer.

`Agent(model, tools=[...]).run(task)` returns a `RunResult(answer, steps)`. Each executor turn asks
the model for one tool call or the final answer (`agentlib.agent.protocol`); malformed replies get
feedback (bounded), validated calls run through the task's `ToolSet`, results come back as
observations with ids (`o7` is step 7). Two failed calls in a row trigger a re-plan (bounded).

An Answer is "verified" when a tool proved it: a task verifier `verify(answer, steps)` returns the
proving step indices, or the answer cites (`<answer cite="o7">`) observations whose tool marked them
as certifying (a result mapping with `"certifies": True`), or exactly one certifying observation's
`answer`/`value`/`result` field equals the answer. The Answer then carries an
`agentlib.certificate.Certificate` with one check per proving step. Otherwise it is "unverified",
or "abstained" when no answer could be obtained; `reason` says why in words and `ended_by` as a type
(budgets, the deadline, a model that cannot reply). An optional `checker(problem, reasoning)`
refutes reasoning; its explanation goes back to the model for a repair turn (bounded).

The run's wall-clock deadline (`Budget.max_seconds`, or `run(deadline_s=...)`) bounds everything:
each model call gets it through `agentlib.llm.within`, so generation stops when it passes. Tool
observations reach the model through `agentlib.untrusted.neutralize` (control strings of chat
templates, protocol tags and instruction phrases made inert); the trace keeps them as they were.

Every step is appended to a JSONL trace (`agentlib.agent.tracefile`); `Agent.resume` replays the
recorded model replies and tool results of a crashed run and continues live, so no record is lost
or written twice. Left out: parallel tool calls (one call per turn keeps small models on track).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

from agentlib.agent.budget import Budget, BudgetMeter, Exhaustion
from agentlib.agent.planner import fallback_steps, make_plan
from agentlib.agent.protocol import STOP_STRINGS, ParsedAnswer, parse_reply, render_tools
from agentlib.agent.skills import Skill, load_skills, parse_skill_choice, select_skills, skill_choice_prompt
from agentlib.agent.steps import (
    Answer,
    EndedBy,
    Error,
    ModelReply,
    Observation,
    Plan,
    Purpose,
    Retry,
    StepBase,
    Thought,
    ToolCall,
    step_from_dict,
    step_to_dict,
)
from agentlib.agent.thinking import THINK_CLOSE_NUDGE, close_thinking, split_thinking
from agentlib.agent.tools import ToolLike, ToolResult, ToolSet, builtin_tool_functions, canonical_arguments
from agentlib.agent.tracefile import TraceWriter, check_trace_path, read_trace
from agentlib.certificate import Certificate, Check
from agentlib.errors import CheckpointError, ContextOverflowError, InputError, ModelRetry, ModelUnavailable
from agentlib.llm import GenerateOptions, Message, TextModel, within
from agentlib.untrusted import neutralize

ReasoningChecker = Callable[[str, str], "str | None"]
"""(problem, reasoning) -> a one-line explanation of the first wrong step, or None when it holds."""
Verifier = Callable[[str, Sequence[StepBase]], "list[int] | None"]
"""(answer text, steps) -> indices of the steps that prove the answer, or None."""

TRACE_VERSION = 2  # 2: Answer.certificate is a Certificate (was a list of step indices), Answer.ended_by
MAX_CLAIM_CHARS = 300
SYSTEM_BASE = (
    "You solve the user's task step by step. Use tools for exact work (arithmetic, algebra, logic) "
    "instead of guessing. Reply with exactly one tool call or the final answer per turn."
)
_VALUE_FIELDS = ("answer", "value", "result")
ToolsArg = Iterable[ToolLike] | Mapping[str, Callable[..., Any]] | ToolSet | None
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


class _Stop(Exception):
    """Ends a run early from anywhere inside it (deadline, a model that cannot reply); never escapes `execute`."""

    def __init__(self, ended_by: EndedBy, message: str):
        super().__init__(message)
        self.ended_by: EndedBy = ended_by
        self.message = message


def _normalize(text: object) -> str:
    return " ".join(str(text).strip().strip(".").lower().split())


def _check_model(model: object) -> TextModel:
    if not all(callable(getattr(model, method, None)) for method in ("generate", "count_tokens")):
        raise InputError(
            "Agent needs a TextModel (an object with generate() and count_tokens(), e.g. "
            f"load_backend('smollm2') or ScriptedModel([...])), got {type(model).__name__}"
        )
    return cast(TextModel, model)  # duck-typed: the loop uses only generate() and count_tokens()


class Agent:
    """A planner/executor over a `TextModel`.

    Args:
        model: any TextModel (scripted, transformers, HTTP, SambaY).
        tools: functions, Tools or names of built-in tools the agent may use (default: the built-in
            catalogue if present).
        skills: None loads the built-in skills; a list restricts to those; False uses none.
        budget: limits of the run (steps, tokens, wall time). trace_path: JSONL trace to write (must
            not exist yet; its folder must).
        checker: reasoning checker for repair turns. verify: task verifier for the certificate.
        plan: ask the model for a plan (False uses the one-step plan without a model call).
        skill_choice: "lexical" (score descriptions) or "model" (ask the model).
        options: base generation options (temperature, seed); max_new_tokens comes from the budget.

    Raises:
        InputError: a model without generate()/count_tokens(), an unknown tool name, a trace path
            whose folder does not exist, a bad skill choice.
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
        self.model = _check_model(model)
        if tools is None:
            self.toolset = ToolSet.of(builtin_tool_functions())
        else:
            self.toolset = tools if isinstance(tools, ToolSet) else ToolSet.of(tools)
        if skills is None or skills is True:
            self.skills = list(load_skills().values())
        elif skills is False:
            self.skills = []
        else:
            self.skills = list(skills)
        if budget is not None and not isinstance(budget, Budget):
            raise InputError(f"budget must be an agentlib.agent.Budget, got {type(budget).__name__}")
        self.budget = budget or Budget()
        self.trace_path = check_trace_path(trace_path) if trace_path is not None else None
        self.checker = checker
        self.verify = verify
        self.plan = plan
        if skill_choice not in ("lexical", "model"):
            raise InputError(f"skill_choice must be 'lexical' or 'model', got {skill_choice!r}")
        self.skill_choice = skill_choice
        self.options = options or GenerateOptions()
        self.system_prompt = system_prompt

    def run(self, task: str, *, deadline_s: float | None = None) -> RunResult:
        """Solve `task`; always returns an Answer (budgets, the deadline and a failing model included).

        Args:
            deadline_s: wall-clock seconds for the whole run, model generation included (default
                `budget.max_seconds`, itself `agentlib.limits.AGENT_DEADLINE_S` unless set).
        Raises:
            InputError: an empty task, a bad deadline, or a trace file that already exists.
        """
        if not isinstance(task, str) or not task.strip():
            raise InputError("the task must be non-empty text")
        if self.trace_path is not None and self.trace_path.exists() and self.trace_path.stat().st_size > 0:
            raise InputError(f"trace {self.trace_path} already exists; use Agent.resume or choose a new path")
        return _Run(self, task, recorded=[], meter=BudgetMeter.start(self.budget, deadline_s)).execute()

    @classmethod
    def resume(
        cls,
        trace_path: str | Path,
        model: TextModel,
        tools: ToolsArg = None,
        *,
        deadline_s: float | None = None,
        skills: Sequence[Skill] | bool | None = None,
        budget: Budget | None = None,
        checker: ReasoningChecker | None = None,
        verify: Verifier | None = None,
        plan: bool | None = None,
        skill_choice: SkillChoice = "lexical",
        options: GenerateOptions | None = None,
        system_prompt: str = SYSTEM_BASE,
    ) -> RunResult:
        """Continue a run from its trace: recorded replies and tool results are replayed, then it goes live.

        The other arguments are `Agent`'s; `budget` and `plan` default to the ones the trace recorded.
        Raises:
            InputError: no trace there. CheckpointError: a corrupt trace, or a run that diverges from it.
        """
        records = read_trace(trace_path)
        if not records or records[0].get("kind") != "run":
            raise CheckpointError(f"{trace_path}: not an agent trace (no 'run' header record)")
        header = records[0]
        if header.get("version") != TRACE_VERSION:
            raise CheckpointError(f"{trace_path}: trace version {header.get('version')} is not {TRACE_VERSION}")
        try:
            recorded_budget = Budget(**header["budget"])
            task = str(header["task"])
            recorded = [step_from_dict(r["step"]) for r in records[1:]]
        except (KeyError, TypeError, ValueError) as error:
            raise CheckpointError(f"{trace_path}: a record is malformed ({str(error).splitlines()[0]})") from None
        agent = cls(
            model, tools, skills=skills, budget=budget or recorded_budget, trace_path=trace_path, checker=checker,
            verify=verify, plan=bool(header.get("plan", True)) if plan is None else plan, skill_choice=skill_choice,
            options=options, system_prompt=system_prompt,
        )
        if recorded and isinstance(recorded[-1], Answer):
            return RunResult(recorded[-1], list(recorded), agent.trace_path)
        meter = BudgetMeter.start(agent.budget, deadline_s)
        return _Run(agent, task, recorded=list(recorded), meter=meter).execute()


@dataclass
class _Run:
    """One execution of a task; replays `recorded` steps before calling the model or tools live."""

    agent: Agent
    task: str
    recorded: list[StepBase]
    meter: BudgetMeter
    steps: list[StepBase] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.pending: deque[StepBase] = deque(self.recorded)
        self.writer: TraceWriter | None = None
        self.skill: Skill | None = None
        # A fresh copy per run: the repeat guard must not remember another run's calls.
        self.toolset = self.agent.toolset.restricted(self.agent.toolset.names)

    # --- recording and replay -------------------------------------------------------------------
    def _record(self, step: StepBase) -> StepBase:
        if self.pending:
            recorded = self.pending.popleft()
            if getattr(recorded, "kind", None) != getattr(step, "kind", None) or recorded.index != step.index:
                raise CheckpointError(
                    f"the run diverges from its trace at step {step.index}: "
                    f"trace has {getattr(recorded, 'kind', '?')}, run made {getattr(step, 'kind', '?')}"
                )
            step = recorded
        elif self.writer is not None:
            self.writer.append({"step": step_to_dict(step)})
        self.steps.append(step)
        return step

    def _next(self) -> int:
        return len(self.steps)

    def _call(self, messages: list[Message], options: GenerateOptions, purpose: Purpose) -> ModelReply:
        """One model reply (replayed when the trace has it), generated within the run's deadline.

        Raises:
            _Stop: the deadline passed (before or during generation), or the model cannot reply.
        """
        if self.pending and isinstance(self.pending[0], ModelReply):
            reply = self._record(self.pending[0])
        else:
            if self.meter.deadline.expired:
                raise _Stop("deadline", self.meter.deadline_reached().message)
            started = time.time()
            prompt_hash = hashlib.sha256(
                json.dumps([[m.role, m.content] for m in messages], ensure_ascii=True).encode()
            ).hexdigest()
            try:
                completion = self.agent.model.generate(messages, within(options, self.meter.deadline))
            except (ModelUnavailable, ContextOverflowError) as error:
                if self.meter.deadline.expired:  # e.g. an HTTP request that ran out of its time limit
                    raise _Stop("deadline", self.meter.deadline_reached().message) from None
                raise _Stop("model_unavailable", f"the model could not reply: {error}") from None
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
            if completion.finish_reason == "cancelled" and self.meter.deadline.expired:
                raise _Stop("deadline", self.meter.deadline_reached().message)
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
                        "deadline_s": self.meter.deadline.seconds,
                        "budget": self.agent.budget.to_dict(),
                        "plan": self.agent.plan,
                    }
                )
        try:
            try:
                self._choose_skill()
                self._plan()
                answer = self._act()
            except _Stop as stop:
                answer = self._stopped(stop)
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
        skill = self.skill.name if self.skill else None
        self._record(Plan(index=self._next(), started_at=started, steps=steps, skill=skill, fallback=fallback))

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
                lines = "\n".join(f"{i + 1}. {neutralize(s)}" for i, s in enumerate(step.steps))
                rendered.append(Message("user", f"{title}:\n{lines}", trusted=False))
            elif isinstance(step, ModelReply) and step.purpose in ("act", "final"):
                rendered.append(Message("assistant", self._assistant_text(step), trusted=False))
            elif isinstance(step, Observation):
                # Tool results can quote documents or echo model text: made inert before the model reads them.
                label = "error" if not step.ok else ("certifies" if step.certifies else "ok")
                header = f"Observation o{step.index} ({step.name}, {label}):"
                rendered.append(Message("user", f"{header}\n{neutralize(step.content)}", trusted=False))
            elif isinstance(step, Retry):
                rendered.append(Message("user", f"Feedback: {neutralize(step.message)}", trusted=False))
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
        if "<answer" in text and "</answer>" not in text:
            text += "</answer>"
        return text

    def _act(self) -> Answer:
        budget = self.agent.budget
        failures_in_a_row = 0
        while True:
            exhaustion = self.meter.exhausted()
            if exhaustion is not None:
                return self._finish_exhausted(exhaustion)
            self.meter.steps += 1
            max_new = budget.max_new_tokens + (budget.think_tokens or 0)
            reply = self._call(self.messages(), self._options(max_new, STOP_STRINGS), "act")
            split = split_thinking(reply.text)
            over_think = (
                budget.think_tokens is not None
                and self.agent.model.count_tokens(split.thinking) > budget.think_tokens
            )
            if split.open_block and (reply.finish_reason == "length" or over_think):
                self._record(Retry(index=self._next(), reason="think_budget", message=THINK_CLOSE_NUDGE))
                continue
            try:
                parsed = parse_reply(reply.text, self.toolset)
            except ModelRetry as problem:
                self.meter.format_retries += 1
                if self.meter.format_retries > budget.max_format_retries:
                    return self._answer_from_text(
                        split.rest, "the model did not follow the answer format", "format_retries"
                    )
                self._record(Retry(index=self._next(), reason=problem.reason, message=str(problem)))
                continue
            if parsed.thought:
                self._record(Thought(index=self._next(), text=parsed.thought))
            if parsed.call is not None:
                observation = self._run_tool(parsed.call.name, parsed.call.arguments)
                failures_in_a_row = 0 if observation.ok else failures_in_a_row + 1
                if failures_in_a_row >= 2 and self.meter.replans < budget.max_replans:
                    self.meter.replans += 1
                    failures_in_a_row = 0
                    why = f"two failed tool calls; re-planning: {observation.content[:200]}"
                    self._record(Error(index=self._next(), source="tool", message=why))
                    self._plan(feedback=[f"the previous plan failed: {observation.content[:300]}"])
                continue
            assert parsed.answer is not None
            if self.agent.checker is not None and self.meter.repairs < budget.max_repairs:
                explanation = self.agent.checker(self.task, self._reasoning(parsed.answer))
                if explanation:
                    self.meter.repairs += 1
                    message = f"a checker found a problem in your reasoning: {explanation}. Repair it and answer again."
                    self._record(Retry(index=self._next(), reason="checker", message=message))
                    continue
            return self._finish(parsed.answer)

    def _run_tool(self, name: str, arguments: dict[str, Any]) -> Observation:
        call = self._record(ToolCall(index=self._next(), name=name, arguments=arguments))
        prepared = self.toolset.prepare(name, arguments, step_index=call.index + 1)
        if self.pending and isinstance(self.pending[0], Observation):
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

    def _proof(self, answer: ParsedAnswer) -> tuple[list[int], str, str]:
        """The steps that prove `answer`, the method that found them, and (when none) why not."""
        if self.agent.verify is not None:
            proof = self.agent.verify(answer.text, list(self.steps))
            if proof:
                return sorted(set(proof)), "task verifier", ""
        certifying = {s.index: s for s in self.steps if isinstance(s, Observation) and s.ok and s.certifies}
        cited = [c for c in answer.cites if c in certifying]
        if cited:
            return cited, "cited certifying tool results", ""
        if len(certifying) == 1:
            ((index, observation),) = certifying.items()
            try:
                data = json.loads(observation.content)
            except (ValueError, RecursionError):
                data = None
            if isinstance(data, dict) and any(
                f in data and _normalize(data[f]) == _normalize(answer.text) for f in _VALUE_FIELDS
            ):
                return [index], "the one certifying tool result equals the answer", ""
        if answer.cites:
            return [], "", f"cited observations {list(answer.cites)} are not certifying tool results"
        return [], "", "no certifying tool result supports the answer"

    def _check(self, index: int) -> Check:
        """The certificate check of one proving step: the tool call and what it returned."""
        step = self.steps[index] if 0 <= index < len(self.steps) else None
        if isinstance(step, Observation):
            call = self.steps[step.call_index]
            arguments = canonical_arguments(call.arguments) if isinstance(call, ToolCall) else "{}"
            claim = f"{step.name}({arguments}) -> {step.content}"
            if len(claim) > MAX_CLAIM_CHARS:
                claim = claim[: MAX_CLAIM_CHARS - 3] + "..."
            return Check(claim, "holds" if step.ok and step.certifies else "unknown", f"step {index} (o{index})")
        kind = getattr(step, "kind", "missing")
        return Check(f"step {index} ({kind}) named by the task verifier", "holds", f"step {index}")

    def _finish(self, answer: ParsedAnswer, prefix: str = "", ended_by: EndedBy = "answer") -> Answer:
        proof, method, why_not = self._proof(answer)
        certificate = None
        if proof:
            checks = tuple(self._check(i) for i in proof)
            tools = sorted({s.name for i in proof if isinstance(s := self.steps[i], Observation)})
            certificate = Certificate(method, checks, solver="+".join(tools) or "task verifier")
        reason = "; ".join(r for r in (prefix, why_not) if r)
        return self._answer(
            text=answer.text, status="verified" if proof else "unverified", certificate=certificate,
            proof_steps=proof, reason=reason, ended_by=ended_by,
        )

    def _answer(self, **fields: Any) -> Answer:
        answer = self._record(Answer(index=self._next(), **fields))
        assert isinstance(answer, Answer)
        return answer

    def _answer_from_text(self, text: str, why: str, ended_by: EndedBy) -> Answer:
        text = text.split("<tool_call>", 1)[0]  # a half-written call is not part of an answer
        if text.strip():
            return self._answer(text=text.strip()[:2000], status="unverified", reason=why, ended_by=ended_by)
        return self._answer(text="", status="abstained", reason=why, ended_by=ended_by)

    def _finish_exhausted(self, exhaustion: Exhaustion) -> Answer:
        reason, ended_by = exhaustion.message, exhaustion.kind
        source: Literal["deadline", "budget"] = "deadline" if ended_by == "deadline" else "budget"
        self._record(Error(index=self._next(), source=source, message=reason))
        budget = self.agent.budget
        if budget.final_answer_tokens and ended_by == "step_budget" and self.meter.time_left() > 0:
            messages = self.messages() + [
                Message("user", f"{reason}. Reply now with only your final <answer>...</answer>; no tool calls.")
            ]
            options = self.agent.options.with_(max_new_tokens=budget.final_answer_tokens, stop=STOP_STRINGS)
            reply = self._call(messages, options, "final")
            try:
                parsed = parse_reply(reply.text, ToolSet())
            except ModelRetry:
                parsed = None
            if parsed is not None and parsed.answer is not None:
                return self._finish(parsed.answer, prefix=f"{reason}; answer forced", ended_by=ended_by)
            visible = split_thinking(reply.text).rest
            if visible and "<tool_call>" not in visible:
                return self._answer_from_text(
                    visible, f"{reason}; answer forced (not in the answer format)", ended_by
                )
        return self._answer(text="", status="abstained", reason=reason, ended_by=ended_by)

    def _stopped(self, stop: _Stop) -> Answer:
        """The Answer of a run cut short: the deadline passed or the model could not reply."""
        source: Literal["deadline", "model"] = "deadline" if stop.ended_by == "deadline" else "model"
        self._record(Error(index=self._next(), source=source, message=stop.message))
        return self._answer(text="", status="abstained", reason=stop.message, ended_by=stop.ended_by)
