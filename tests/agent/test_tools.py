"""Tools: schemas from signatures and docstrings, validation before running, the guards."""

from __future__ import annotations

import pytest
from agent_test_helpers import add, shout

from agentlib.agent.tools import Tool, ToolSet, TransientToolFailure, tool
from agentlib.errors import InputError, ModelRetry, ToolFailure


def test_schema_comes_from_signature_and_docstring():
    made = Tool.from_function(shout)
    schema = made.json_schema()
    assert made.name == "shout"
    assert made.description == "Upper-case a text."
    assert schema["required"] == ["text"]
    assert schema["properties"]["text"] == {"type": "string", "description": "what to upper-case."}
    assert schema["properties"]["times"]["default"] == 1
    assert schema["additionalProperties"] is False


def test_decorator_with_name():
    @tool(name="twice")
    def double(x: float) -> float:
        """Double a number."""
        return 2 * x

    assert double.name == "twice"
    assert ToolSet.of([double]).execute(ToolSet.of([double]).prepare("twice", {"x": 2.5})).content == "5.0"


def test_untyped_parameter_is_a_developer_error():
    def untyped(x):  # type: ignore[no-untyped-def]
        return x

    with pytest.raises(InputError, match="needs a type hint"):
        Tool.from_function(untyped)


def test_invalid_arguments_never_run_the_tool():
    ran = []

    def record(n: int) -> int:
        """Record a call."""
        ran.append(n)
        return n

    tools = ToolSet.of([record])
    for bad in ({"n": "seven"}, {}, {"n": 1, "extra": 2}, [1], "n=1"):
        with pytest.raises(ModelRetry):
            tools.prepare("record", bad)
    assert ran == []


def test_disallowed_tool_is_refused_with_valid_names():
    tools = ToolSet.of([add, shout]).restricted(["add"])
    with pytest.raises(ModelRetry, match="valid tools: add"):
        tools.prepare("shout", {"text": "x"})


def test_repeat_guard_stops_identical_call():
    tools = ToolSet.of([add])
    tools.prepare("add", {"a": 1, "b": 2}, step_index=5)
    with pytest.raises(ModelRetry, match="repeated call.*step 5"):
        tools.prepare("add", {"b": 2, "a": 1})
    assert tools.prepare("add", {"a": 2, "b": 2}).arguments == {"a": 2, "b": 2}


def test_transient_failures_are_retried_a_bounded_number_of_times():
    attempts = []

    def flaky(n: int) -> int:
        """Fail twice, then work."""
        attempts.append(n)
        if len(attempts) < 3:
            raise TransientToolFailure("busy")
        return n * 10

    tools = ToolSet.of([flaky])
    assert tools.execute(tools.prepare("flaky", {"n": 4})).content == "40"
    assert len(attempts) == 3

    def always_busy(n: int) -> int:
        """Never works."""
        attempts.append(n)
        raise TransientToolFailure("still busy")

    attempts.clear()
    tools = ToolSet.of([always_busy])
    result = tools.execute(tools.prepare("always_busy", {"n": 1}))
    assert (result.ok, len(attempts)) == (False, 3)
    assert "still busy" in result.content


def test_tool_exceptions_become_results():
    def boom(n: int) -> int:
        """Divide by zero."""
        return n // 0

    def fails(n: int) -> int:
        """A permanent failure."""
        raise ToolFailure("deadline exceeded")

    tools = ToolSet.of([boom, fails])
    assert tools.execute(tools.prepare("boom", {"n": 1})).content.startswith("tool boom raised ZeroDivisionError")
    result = tools.execute(tools.prepare("fails", {"n": 1}))
    assert (result.ok, result.content) == (False, "tool fails failed: deadline exceeded")


def test_certifying_results_are_marked():
    tools = ToolSet.of([add, shout])
    assert tools.execute(tools.prepare("add", {"a": 1, "b": 2})).certifies is True
    assert tools.execute(tools.prepare("shout", {"text": "a"})).certifies is False


def test_duplicate_tool_names_are_refused():
    with pytest.raises(InputError, match="two tools are named 'add'"):
        ToolSet.of([add, Tool.from_function(shout, name="add")])
