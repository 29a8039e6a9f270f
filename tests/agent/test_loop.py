"""The agent loop with scripted models: plan, act, observe, answer, and every bounded feedback path."""

from __future__ import annotations

import json

import pytest
from agent_test_helpers import add, by_turn, call, last_user, shout

from agentlib.agent import Agent, Budget, ScriptedModel, Skill
from agentlib.agent.tracefile import read_trace
from agentlib.certificate import Check
from agentlib.errors import InputError
from agentlib.llm import cycle_replies

PLAN = '{"steps": ["add the numbers", "answer"]}'


def kinds(result):
    return [s.kind for s in result.steps]


def test_plan_tool_observe_answer_is_verified(tmp_path):
    model = ScriptedModel([PLAN, "I add. " + call("add", '{"a": 2, "b": 3}'), '<answer cite="o5">5</answer>'])
    result = Agent(model, [add], skills=False, trace_path=tmp_path / "t.jsonl").run("What is 2 + 3?")
    assert kinds(result) == ["model_reply", "plan", "model_reply", "thought", "tool_call", "observation", "model_reply", "answer"]
    assert result.steps[1].steps == ["add the numbers", "answer"]
    assert json.loads(result.steps[5].content) == {"value": 5, "certifies": True}
    assert (result.answer.text, result.answer.status, result.answer.proof_steps) == ("5", "verified", [5])
    certificate = result.answer.certificate
    assert (certificate.method, certificate.solver) == ("cited certifying tool results", "add")
    assert certificate.checks == (Check('add({"a": 2, "b": 3}) -> {"value": 5, "certifies": true}', "holds", "step 5 (o5)"),)
    # The executor saw the observation with its id on the last turn.
    assert "Observation o5 (add, certifies)" in last_user(model.calls[-1][0])
    records = read_trace(tmp_path / "t.jsonl")
    assert [r["seq"] for r in records] == list(range(9))
    assert records[-1]["step"]["status"] == "verified"


def test_uncertified_answer_is_unverified_with_reason():
    model = ScriptedModel([PLAN, call("shout", '{"text": "hi"}'), "<answer>HI</answer>"])
    result = Agent(model, [add, shout], skills=False).run("Shout hi")
    assert (result.answer.status, result.answer.reason) == ("unverified", "no certifying tool result supports the answer")


def test_citing_a_non_certifying_observation_is_not_verified():
    model = ScriptedModel([PLAN, call("shout", '{"text": "hi"}'), '<answer cite="o3">HI</answer>'])
    result = Agent(model, [shout], skills=False).run("Shout hi")
    assert result.answer.status == "unverified"
    assert "not certifying" in result.answer.reason


def test_malformed_call_gets_feedback_then_succeeds():
    model = ScriptedModel([PLAN, '<tool_call>{"name": "add", "arguments": {"a": 1', call("add", '{"a": 1, "b": 1}'), '<answer cite="o6">2</answer>'])
    result = Agent(model, [add], skills=False).run("1+1?")
    retry = next(s for s in result.steps if s.kind == "retry")
    assert retry.reason == "format" and "invalid JSON" in retry.message
    assert "Feedback: tool_call: invalid JSON" in last_user(model.calls[2][0])
    assert result.answer.status == "verified"


def test_tool_outside_the_allowed_set_is_never_run():
    ran = []

    def secret(x: int) -> int:
        """Not for this task."""
        ran.append(x)
        return x

    model = ScriptedModel([PLAN, call("secret", '{"x": 1}'), "<answer>none</answer>"])
    skill = Skill("adding", "add numbers", ("add",), "Add.", "mem")
    result = Agent(model, [add, secret], skills=[skill]).run("add numbers please")
    assert ran == []
    retry = next(s for s in result.steps if s.kind == "retry")
    assert retry.reason == "tool_denied" and "valid tools: add" in retry.message


def test_repeat_guard_stops_identical_calls():
    model = ScriptedModel([PLAN, call("add", '{"a": 1, "b": 2}'), call("add", '{"b": 2, "a": 1}'), "<answer>3</answer>"])
    result = Agent(model, [add], skills=False).run("1+2")
    assert sum(1 for s in result.steps if s.kind == "tool_call") == 1
    retry = next(s for s in result.steps if s.kind == "retry")
    assert retry.reason == "repeat" and "already called" in retry.message


@pytest.mark.parametrize(
    "budget, reason",
    [
        (Budget(max_steps=3, final_answer_tokens=0), "step budget exhausted (3 of 3 steps)"),
        (Budget(max_tokens=400, final_answer_tokens=0), "token budget exhausted"),
    ],
)
def test_budget_exhaustion_ends_with_an_abstained_answer(budget, reason):
    counter = iter(range(10_000))
    model = ScriptedModel(lambda m, o: call("add", '{"a": %d, "b": 1}' % next(counter)))
    result = Agent(model, [add], skills=False, budget=budget, plan=False).run("count forever")
    assert result.answer.status == "abstained"
    assert result.answer.reason.startswith(reason)
    assert result.steps[-1] is result.answer


def test_budget_exhaustion_forces_a_final_answer():
    counter = iter(range(100))

    def script(messages, options):
        if "Reply now with only your final" in last_user(messages):
            return "<answer>7</answer>"
        return call("add", '{"a": %d, "b": 1}' % next(counter))

    result = Agent(ScriptedModel(script), [add], skills=False, budget=Budget(max_steps=2), plan=False).run("go")
    assert (result.answer.text, result.answer.status) == ("7", "unverified")
    assert result.answer.reason.startswith("step budget exhausted (2 of 2 steps); answer forced")


def test_format_retries_are_bounded():
    result = Agent(ScriptedModel(cycle_replies(["I think it is 4."])), [add], skills=False, plan=False).run("2+2")
    assert (result.answer.status, result.answer.text) == ("unverified", "I think it is 4.")
    assert result.answer.reason == "the model did not follow the answer format"
    assert sum(1 for s in result.steps if s.kind == "retry") == 3


def test_planner_retries_with_feedback_then_falls_back():
    replies = iter(["not json", '{"steps": []}', "<answer>x</answer>"])
    model = ScriptedModel(lambda m, o: next(replies))
    result = Agent(model, [add], skills=False).run("task")
    plan = result.steps[2]
    assert plan.kind == "plan" and plan.fallback is True
    assert "the plan must be a JSON object" in model.calls[1][0][-1].content


def test_checker_triggers_a_bounded_repair_turn():
    seen = []

    def checker(problem, reasoning):
        seen.append(reasoning)
        return "step 1: 2+2 is 4, not 5" if "5" in reasoning.split("Answer:")[-1] else None

    model = ScriptedModel([PLAN, "2+2=5 <answer>5</answer>", "<answer>4</answer>"])
    result = Agent(model, [add], skills=False, checker=checker).run("2+2")
    assert result.answer.text == "4"
    repair = next(s for s in result.steps if s.kind == "retry")
    assert repair.reason == "checker" and "2+2 is 4, not 5" in repair.message
    assert len(seen) == 2


def test_task_verifier_certifies():
    model = ScriptedModel([PLAN, "<answer>4</answer>"])
    result = Agent(model, [add], skills=False, verify=lambda text, steps: [len(steps) - 1] if text == "4" else None).run("2+2")
    assert (result.answer.status, result.answer.proof_steps) == ("verified", [2])
    assert (result.answer.certificate.method, result.answer.certificate.solver) == ("task verifier", "task verifier")


def test_think_budget_forces_the_block_closed():
    def script(messages, options):
        if any(m.role == "user" and "thinking budget is used up" in m.content for m in messages):
            return "<answer>done</answer>"
        return "<think>" + "hmm " * 50

    model = ScriptedModel(script)
    result = Agent(model, [add], skills=False, plan=False, budget=Budget(think_tokens=20)).run("think hard")
    assert [s.reason for s in result.steps if s.kind == "retry"] == ["think_budget"]
    assistant = [m for m in model.calls[-1][0] if m.role == "assistant"][0]
    assert assistant.content.endswith("</think>")
    assert result.answer.text == "done"


def test_failed_calls_trigger_a_bounded_replan():
    def broken(n: int) -> int:
        """Always fails."""
        raise RuntimeError("no")

    model = ScriptedModel(by_turn([call("broken", '{"n": 1}'), call("broken", '{"n": 2}'), call("broken", '{"n": 3}'), call("broken", '{"n": 4}'), "<answer>?</answer>"]))
    result = Agent(model, [broken], skills=False).run("try")
    assert sum(1 for s in result.steps if s.kind == "plan") == 2
    assert any(s.kind == "error" and "re-planning" in s.message for s in result.steps)


def test_skill_is_chosen_lexically_and_bounds_tools():
    skills = [Skill("adding", "add sum numbers arithmetic", ("add",), "Use add.", "a"), Skill("loud", "shout text loudly", ("shout",), "", "b")]
    model = ScriptedModel([PLAN, "<answer>x</answer>"])
    result = Agent(model, [add, shout], skills=skills).run("please shout this text")
    assert result.steps[1].skill == "loud"
    system = model.calls[-1][0][0].content
    assert "- shout:" in system and "- add:" not in system


def test_model_can_choose_the_skill():
    skills = [Skill("adding", "add numbers", ("add",), "", "a"), Skill("loud", "shout text", ("shout",), "", "b")]
    model = ScriptedModel(['{"skill": "adding"}', PLAN, "<answer>x</answer>"])
    result = Agent(model, [add, shout], skills=skills, skill_choice="model").run("do the thing")
    assert result.steps[0].purpose == "choose_skill" and result.steps[2].skill == "adding"


def test_bad_input():
    with pytest.raises(InputError, match="non-empty"):
        Agent(ScriptedModel([]), [add], skills=False).run("  ")
    with pytest.raises(InputError, match="max_steps"):
        Budget(max_steps=0)


def test_existing_trace_is_not_overwritten(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text('{"seq":0}\n')
    with pytest.raises(InputError, match="already exists; use Agent.resume"):
        Agent(ScriptedModel([]), [add], skills=False, trace_path=path).run("x")


def test_forced_answer_outside_the_format_is_kept_as_unverified():
    def script(messages, options):
        if "Reply now with only your final" in last_user(messages):
            return "The answer is 5."
        return "thinking out loud"

    result = Agent(ScriptedModel(script), [add], skills=False, budget=Budget(max_steps=1, max_format_retries=5), plan=False).run("2+3")
    assert (result.answer.text, result.answer.status) == ("The answer is 5.", "unverified")
    assert result.answer.reason == "step budget exhausted (1 of 1 steps); answer forced (not in the answer format)"


def test_reusing_an_agent_does_not_carry_the_repeat_guard_over():
    """Regression: the repeat guard lived on the Agent's ToolSet and blocked a second run's first call."""
    agent = Agent(ScriptedModel(by_turn([call("add", '{"a": 1, "b": 2}'), "<answer>3</answer>"])), [add], skills=False, plan=False)
    first, second = agent.run("1+2"), agent.run("1+2 again")
    assert [s.kind for s in first.steps] == [s.kind for s in second.steps]
    assert not any(s.kind == "retry" for s in second.steps)
