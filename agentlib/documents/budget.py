"""The guards of every model call: no prompt that does not fit the context, no call past the deadline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from agentlib.documents.prompts import messages_tokens
from agentlib.errors import ContextOverflowError, DeadlineReached, ModelUnavailable
from agentlib.limits import Deadline
from agentlib.llm import ChatSession, Completion, GenerateOptions, Message, TextModel, within

PromptGrowth = Literal["prompt", "question", "exchange"]
"""What the newest part of a prompt is: the prompt as a whole (a summary chunk), a user's question, or the
model's own replies and tool results of the exchange so far. It picks the advice of a context overflow."""

_OVERFLOW_ADVICE: dict[PromptGrowth, str] = {
    "prompt": "raise --context-length or give a shorter input",
    "question": "raise --context-length or shorten the question",
    "exchange": "the model's own replies and tool results filled it; raise --context-length or allow fewer "
                "tool steps or reply tokens",
}


def overflow_error(prompt_tokens: int, reply_tokens: int, context_length: int,
                   growth: PromptGrowth) -> ContextOverflowError:
    """The error for a prompt plus reply budget past the context, advising by what made the prompt grow."""
    return ContextOverflowError(
        f"prompt of {prompt_tokens} tokens + {reply_tokens} reply tokens exceeds the context of "
        f"{context_length}; {_OVERFLOW_ADVICE[growth]}",
        prompt_tokens=prompt_tokens, context_length=context_length)


def guarded_generate(backend: TextModel, messages: Sequence[Message], options: GenerateOptions,
                     context_length: int, deadline: Deadline | None = None,
                     growth: PromptGrowth = "prompt") -> Completion:
    """Generate after asserting prompt + reply budget <= context, within `deadline` when given.

    Raises:
        ContextOverflowError: the prompt and reply budget exceed the context (its advice follows `growth`).
        DeadlineReached: the deadline passed before or during generation.
    """
    prompt = messages_tokens(list(messages), backend.count_tokens)
    if prompt + options.max_new_tokens > context_length:
        raise overflow_error(prompt, options.max_new_tokens, context_length, growth)
    if deadline is None:
        return backend.generate(list(messages), options)
    return _bounded(lambda bounded: backend.generate(list(messages), bounded), options, deadline)


def session_generate(session: ChatSession, options: GenerateOptions, deadline: Deadline) -> Completion:
    """`session.generate` within `deadline` (raises DeadlineReached like `guarded_generate`)."""
    return _bounded(session.generate, options, deadline)


def _bounded(generate: Callable[[GenerateOptions], Completion], options: GenerateOptions,
             deadline: Deadline) -> Completion:
    if deadline.expired:
        raise DeadlineReached(f"the {deadline.seconds:g} s deadline passed before a model call")
    try:
        completion = generate(within(options, deadline))
    except ModelUnavailable:
        if deadline.expired:  # e.g. an HTTP request that ran out of its time limit
            raise DeadlineReached(f"the {deadline.seconds:g} s deadline passed during a model call") from None
        raise
    if completion.finish_reason == "cancelled" and deadline.expired:
        raise DeadlineReached(f"the {deadline.seconds:g} s deadline passed during a model call")
    return completion


def truncate_to_tokens(text: str, max_tokens: int, count_tokens: Callable[[str], int]) -> str:
    """Cut `text` to at most `max_tokens` (at a sentence end when one fits): a reply longer than
    asked would otherwise make merge rounds grow instead of shrink."""
    if count_tokens(text) <= max_tokens:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if count_tokens(text[:middle]) <= max_tokens:
            low = middle
        else:
            high = middle - 1
    cut = text[:low]
    end = max(cut.rfind(". "), cut.rfind("] "))
    return cut[: end + 1] if end > len(cut) // 2 else cut
