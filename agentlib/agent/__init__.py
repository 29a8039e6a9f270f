"""agentlib.agent: the agent loop over any `TextModel` (no torch on this side).

Main names: `Agent`, `RunResult`, `Budget`, `tool`, `Tool`, `ToolSet`, the step records, and
`ScriptedModel` for tests and demos. Each lives in its own module (steps, tools, protocol, planner,
budget, skills, thinking, tracefile, loop); this package re-exports them.
"""

from agentlib.agent.budget import Budget
from agentlib.agent.loop import Agent, ReasoningChecker, RunResult, Verifier
from agentlib.agent.skills import Skill, load_skills, select_skills
from agentlib.agent.steps import Answer, Error, ModelReply, Observation, Plan, Retry, Step, Thought, ToolCall
from agentlib.agent.tools import Tool, ToolResult, ToolSet, TransientToolFailure, tool
from agentlib.agent.tracefile import TraceWriter, read_trace
from agentlib.llm import ScriptedModel

__all__ = [
    "Agent", "Answer", "Budget", "Error", "ModelReply", "Observation", "Plan", "ReasoningChecker", "Retry",
    "RunResult", "ScriptedModel", "Skill", "Step", "Thought", "Tool", "ToolCall", "ToolResult", "ToolSet",
    "TraceWriter", "TransientToolFailure", "Verifier", "load_skills", "read_trace", "select_skills", "tool",
]
