"""The agent with the real tool catalogue and the built-in skills (scripted model, real tools)."""

from __future__ import annotations

import json
import re

import pytest
from agent_test_helpers import by_turn, call

from agentlib.agent import Agent, Budget, ScriptedModel, load_skills
from agentlib.agent.tools import ToolSet

catalog = pytest.importorskip("agentlib.tools.catalog")
KNIGHTS = "Knights and knaves: A says B is a knave. B says we are both knights. Who is a knight?"


def test_skill_examples_and_allow_lists_match_the_catalogue():
    tools = ToolSet.of(catalog.builtin_tools())
    for skill in load_skills().values():
        assert set(skill.allowed_tools) <= set(tools.names), skill.name
        for body in re.findall(r"<tool_call>(.*?)</tool_call>", skill.body, re.DOTALL):
            example = json.loads(body)
            assert example["name"] in skill.allowed_tools, skill.name
            tools.prepare(example["name"], example["arguments"])


def test_logic_skill_certifies_with_z3_and_denies_other_tools():
    example = re.search(r"<tool_call>(.*?)</tool_call>", load_skills()["logic-puzzles"].body, re.DOTALL).group(0)
    replies = [call("solve", '{"equations": ["x = 1"]}'), example, '<answer cite="o6">A is a knight, B is a knave</answer>']
    model = ScriptedModel(by_turn(replies))
    result = Agent(model, budget=Budget(max_steps=5)).run(KNIGHTS)
    plan = next(s for s in result.steps if s.kind == "plan")
    assert plan.skill == "logic-puzzles"
    assert [s.reason for s in result.steps if s.kind == "retry"] == ["tool_denied"]
    observation = next(s for s in result.steps if s.kind == "observation")
    assert observation.index == 6 and observation.certifies
    assert json.loads(observation.content)["values"] == {"knight_a": True, "knight_b": False}
    assert (result.answer.status, result.answer.proof_steps) == ("verified", [6])
    assert result.answer.certificate.solver == "z3_unique"
    assert [(c.result, c.detail) for c in result.answer.certificate.checks] == [("holds", "step 6 (o6)")]
