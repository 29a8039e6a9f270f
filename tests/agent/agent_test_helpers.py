"""Small typed tools and scripted-model helpers shared by the agent tests."""

from __future__ import annotations

from typing import Sequence

from agentlib.llm import GenerateOptions, Message


def add(a: int, b: int) -> dict:
    """Add two integers exactly.

    Args:
        a: the first addend.
        b: the second addend.
    """
    return {"value": a + b, "certifies": True}


def shout(text: str, times: int = 1) -> str:
    """Upper-case a text.

    Args:
        text: what to upper-case.
        times: how often to repeat it.
    """
    return " ".join([text.upper()] * times)


def call(name: str, arguments: str) -> str:
    return f'<tool_call>{{"name": "{name}", "arguments": {arguments}}}</tool_call>'


def last_user(messages: Sequence[Message]) -> str:
    return next(m.content for m in reversed(messages) if m.role == "user")


def by_turn(replies: Sequence[str]):
    """A script answering by the number of assistant turns in the prompt (deterministic across resumes)."""

    def script(messages: Sequence[Message], options: GenerateOptions) -> str:
        if "JSON only" in messages[0].content:
            return '{"steps": ["do it"]}'
        turn = sum(1 for m in messages if m.role == "assistant")
        return replies[min(turn, len(replies) - 1)]

    return script
