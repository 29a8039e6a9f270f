"""The context guard: no prompt is ever sent that does not fit the model's context."""

from __future__ import annotations

from typing import Sequence

from agentlib.documents.prompts import messages_tokens
from agentlib.errors import ContextOverflowError
from agentlib.llm import Completion, GenerateOptions, Message, TextModel


def guarded_generate(backend: TextModel, messages: Sequence[Message], options: GenerateOptions,
                     context_length: int) -> Completion:
    """Generate after asserting prompt + reply budget <= context; raises ContextOverflowError otherwise."""
    prompt = messages_tokens(list(messages), backend.count_tokens)
    if prompt + options.max_new_tokens > context_length:
        raise ContextOverflowError(
            f"prompt of {prompt} tokens + {options.max_new_tokens} reply tokens exceeds the context of "
            f"{context_length}; raise --context-length or shorten the question",
            prompt_tokens=prompt, context_length=context_length)
    return backend.generate(list(messages), options)


def truncate_to_tokens(text: str, max_tokens: int, count_tokens) -> str:
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
