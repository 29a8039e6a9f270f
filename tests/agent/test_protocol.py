"""The text tool-call protocol: robust parsing, typed errors for every malformed reply."""

from __future__ import annotations

import json

import pytest
from agent_test_helpers import add, shout
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentlib.agent.protocol import parse_reply, render_tools
from agentlib.agent.thinking import split_thinking
from agentlib.agent.tools import ToolSet
from agentlib.errors import ModelRetry

TOOLS = ToolSet.of([add, shout])


def test_call_with_prose_fences_and_missing_close_tag():
    reply = 'Let me add.\n<tool_call>```json\n{"name": "add", "arguments": {"a": 1, "b": 2}}\n```'
    parsed = parse_reply(reply, TOOLS)
    assert (parsed.call.name, parsed.call.arguments, parsed.thought) == ("add", {"a": 1, "b": 2}, "Let me add.")


def test_answer_with_citations_and_thinking():
    parsed = parse_reply('<think>2+3 is 5</think>So: <answer cite="o4, 7">5</answer>', TOOLS)
    assert (parsed.answer.text, parsed.answer.cites, parsed.thought) == ("5", (4, 7), "2+3 is 5\nSo:")


def test_arguments_given_as_a_json_string_are_accepted():
    parsed = parse_reply('<tool_call>{"name": "shout", "arguments": "{\\"text\\": \\"hi\\"}"}', TOOLS)
    assert parsed.call.arguments == {"text": "hi"}


@pytest.mark.parametrize(
    "reply, message",
    [
        ("just prose", "neither a <tool_call> nor an <answer>"),
        ('<tool_call>{"name": "add", "arguments": {"a": 1,', "invalid JSON at char"),
        ('<tool_call>{"name": "nope", "arguments": {}}', "valid tools: add, shout"),
        ('<tool_call>{"name": "add", "arguments": {"a": "x", "b": 1}}', "invalid arguments for add: a:"),
        ('<tool_call>{"name": "add", "arguments": {"a": 1}}', "b: Field required"),
        ('<tool_call>{"name": "add", "arguments": [1, 2]}', "must be a JSON object"),
        ("<tool_call>[1, 2]", "expected a JSON object"),
        ("<answer></answer>", "the <answer> is empty"),
        ("<think>still going", "ended inside <think>"),
    ],
)
def test_malformed_replies_say_what_to_fix(reply, message):
    with pytest.raises(ModelRetry, match=message.replace("(", r"\(").replace("[", r"\[")):
        parse_reply(reply, TOOLS)


def test_render_tools_lists_schemas_and_format():
    text = render_tools(TOOLS)
    assert '- add: Add two integers exactly.' in text
    assert '"required":["a","b"]' in text
    assert '<answer cite="o4">' in text


def test_split_thinking_shapes():
    assert split_thinking("<think>a</think>b") == split_thinking("a</think>b")
    unterminated = split_thinking("x<think>partial")
    assert (unterminated.thinking, unterminated.rest, unterminated.open_block) == ("partial", "x", True)


# --- generated malformed calls: every one is answered by a typed error, none crashes ----------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
names = st.sampled_from(["add", "shout", "nope", "", "ADD", "add ", "__import__", "os.system"]) | st.text(max_size=12)
arguments = json_values | st.fixed_dictionaries({"a": json_values, "b": json_values}) | st.dictionaries(
    st.sampled_from(["a", "b", "text", "times", "extra"]), json_values, max_size=4
)


def _broken_json(text: str, cut: int) -> str:
    return text[: cut % (len(text) + 1)]


calls = st.one_of(
    st.text(max_size=200),
    st.builds(lambda n, a: "<tool_call>" + json.dumps({"name": n, "arguments": a}), names, arguments),
    st.builds(lambda n, a, c: "<tool_call>" + _broken_json(json.dumps({"name": n, "arguments": a}), c), names, arguments, st.integers(0, 200)),
    st.builds(lambda v: "<tool_call>" + json.dumps(v), json_values),
    st.builds(lambda n, size: '<tool_call>{"name": "%s", "arguments": {"text": "%s"}}' % (n, "x" * size), names, st.integers(0, 60_000)),
    st.builds(lambda depth: "<tool_call>" + "[" * depth + "]" * depth, st.integers(1, 5000)),
    st.builds(lambda t: "<answer" + t, st.text(max_size=50)),
    st.builds(lambda t: "<think>" + t, st.text(max_size=50)),
)


def test_generated_malformed_calls_never_crash():
    """At least 1,000 generated replies: each parses to a valid call/answer or raises ModelRetry."""
    outcomes = {"retry": 0, "call": 0, "answer": 0}

    @settings(max_examples=1200, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
    @given(calls)
    def check(reply):
        tools = ToolSet.of([add, shout])
        try:
            parsed = parse_reply(reply, tools)
        except ModelRetry as problem:
            assert str(problem) and len(str(problem)) < 600
            outcomes["retry"] += 1
            return
        if parsed.call is not None:
            assert parsed.call.name in ("add", "shout")
            assert tools.execute(tools.prepare(parsed.call.name, parsed.call.arguments)).ok
            outcomes["call"] += 1
        else:
            assert parsed.answer is not None and parsed.answer.text
            outcomes["answer"] += 1

    check()
    assert sum(outcomes.values()) >= 1000
    assert outcomes["retry"] >= 700
