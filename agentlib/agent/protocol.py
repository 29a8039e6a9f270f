"""The text protocol a model uses to call tools and answer, and its rendering into the system prompt.

The model writes one call per turn,

    <tool_call>{"name": "solve_linear", "arguments": {"equation": "2*x + 3 = 7"}}</tool_call>

or finishes with `<answer>...</answer>`, optionally citing the observations that prove it:
`<answer cite="o4">x = 2</answer>`. Small models follow this shape well, and it parses robustly:
prose around the tags is allowed, the closing tag may be missing (stop strings cut it), the JSON is
read with `json` (never evaluated) from the first `{`, and code fences are tolerated. Every malformed
reply raises `ModelRetry` with a short message saying what to fix.
Left out: vendor function-calling APIs (this protocol works with any text model).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from agentlib.agent.thinking import split_thinking
from agentlib.agent.tools import ToolSet
from agentlib.errors import ModelRetry

CALL_OPEN, CALL_CLOSE = "<tool_call>", "</tool_call>"
ANSWER_CLOSE = "</answer>"
STOP_STRINGS: tuple[str, ...] = (CALL_CLOSE, ANSWER_CLOSE)
_ANSWER_OPEN = re.compile(r"<answer(\s[^<>]{0,200})?>", re.IGNORECASE)  # bounded: linear on "<answer" + spaces
_CITE = re.compile(r"""cite\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
_CITED_ID = re.compile(r"o?(\d+)")


@dataclass(frozen=True)
class ParsedCall:
    name: str
    arguments: dict[str, Any]


@dataclass(frozen=True)
class ParsedAnswer:
    text: str
    cites: tuple[int, ...]


@dataclass(frozen=True)
class ParsedReply:
    """A reply's thinking and prose (`thought`) plus exactly one of `call` or `answer`."""

    thought: str
    call: ParsedCall | None = None
    answer: ParsedAnswer | None = None


def render_tools(toolset: ToolSet) -> str:
    """The tool list and format instructions for the system prompt."""
    lines = ["You can call these tools:"]
    for tool_ in toolset.tools.values():
        schema = json.dumps(tool_.json_schema(), ensure_ascii=True, separators=(",", ":"))
        lines.append(f"- {tool_.name}: {tool_.description}\n  arguments schema: {schema}")
    if not toolset.tools:
        lines = ["No tools are available for this task."]
    lines += [
        "",
        "To call a tool, write exactly one call and stop:",
        '<tool_call>{"name": "TOOL_NAME", "arguments": {...}}</tool_call>',
        "Each tool result comes back as an observation with an id such as o4.",
        "When you are done, write the final answer, citing the observations that prove it:",
        '<answer cite="o4">your answer</answer>',
    ]
    return "\n".join(lines)


def _decode_object(body: str, where: str) -> dict[str, Any]:
    start = body.find("{")
    if start < 0:
        raise ModelRetry(f"{where}: expected a JSON object like " '{"name": "...", "arguments": {...}}')
    try:
        value, _ = json.JSONDecoder().raw_decode(body, start)
    except json.JSONDecodeError as error:
        raise ModelRetry(f"{where}: invalid JSON at char {error.pos - start}: {error.msg}") from None
    except RecursionError:
        raise ModelRetry(f"{where}: JSON is nested too deeply") from None
    except ValueError:  # not a JSONDecodeError: an integer past Python's 4,300-digit conversion limit
        raise ModelRetry(f"{where}: a number in the JSON is too long to read") from None
    if not isinstance(value, dict):
        raise ModelRetry(f"{where}: expected a JSON object, got {type(value).__name__}")
    return value


def parse_call(body: str, toolset: ToolSet) -> ParsedCall:
    """Parse the JSON inside a `<tool_call>` block and check the tool name is allowed."""
    value = _decode_object(body, "tool_call")
    name = value.get("name")
    if not isinstance(name, str):
        valid = ", ".join(toolset.names) or "none"
        raise ModelRetry(f'tool_call: the object needs a string "name"; valid tools: {valid}')
    arguments = value.get("arguments", value.get("parameters", {}))
    if isinstance(arguments, str):
        arguments = _decode_object(arguments, f"tool_call {name} arguments") if arguments.strip() else {}
    if not isinstance(arguments, dict):
        raise ModelRetry(f'tool_call {name}: "arguments" must be a JSON object, got {type(arguments).__name__}')
    toolset.prepare(name, arguments)  # validation only; the loop prepares again with the step index
    return ParsedCall(name, arguments)


def _parse_answer(rest: str, match: re.Match[str]) -> ParsedAnswer:
    body = rest[match.end() :]
    body = body.split(ANSWER_CLOSE, 1)[0].strip()
    attrs = match.group(1) or ""
    cite = _CITE.search(attrs)
    cites = tuple(int(m) for m in _CITED_ID.findall(cite.group(1))) if cite else ()
    if not body:
        raise ModelRetry("the <answer> is empty; put the final answer between <answer> and </answer>")
    return ParsedAnswer(body, cites)


def parse_reply(text: str, toolset: ToolSet) -> ParsedReply:
    """Parse one model reply into a tool call or an answer.

    Raises:
        ModelRetry: neither a call nor an answer, malformed JSON, unknown tool, invalid arguments.
    """
    split = split_thinking(text)
    rest = split.rest
    call_at = rest.find(CALL_OPEN)
    answer_match = _ANSWER_OPEN.search(rest)
    if call_at >= 0 and (answer_match is None or call_at < answer_match.start()):
        prose = rest[:call_at].strip()
        body = rest[call_at + len(CALL_OPEN) :].split(CALL_CLOSE, 1)[0]
        call = parse_call(body, toolset)
        return ParsedReply("\n".join(p for p in (split.thinking, prose) if p), call=call)
    if answer_match is not None:
        prose = rest[: answer_match.start()].strip()
        answer = _parse_answer(rest, answer_match)
        return ParsedReply("\n".join(p for p in (split.thinking, prose) if p), answer=answer)
    if split.open_block:
        raise ModelRetry("your reply ended inside <think>; close it with </think> and then call a tool or answer")
    raise ModelRetry(
        "your reply had neither a <tool_call> nor an <answer>; write "
        '<tool_call>{"name": ..., "arguments": {...}}</tool_call> or <answer>...</answer>'
    )
