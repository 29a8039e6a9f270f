"""The text-model protocol every backend implements, and the scripted fake for tests and replay.

The agent side (loop, puzzles, trace checking, documents) talks only to `TextModel`; it never
imports torch. Backends live in `agentlib.backends` (SambaY engine, transformers, OpenAI-compatible
HTTP) and adapt to this protocol.

Roles are structured (`Message.role`); a backend renders them with its own chat template. Text in
`Message.content` is data: a backend must tokenize it so that a literal control string such as
`<|end|>` can never become a control token (only the template emits those).

Left out: tool-calling APIs of particular vendors; agentlib uses its own text protocol
(`agentlib.agent.protocol`) so every backend, including a raw completion model, can call tools.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field, replace
from typing import Callable, Iterator, Literal, Protocol, Sequence, runtime_checkable

from agentlib.errors import InputError

Role = Literal["system", "user", "assistant", "tool"]
ROLES: tuple[str, ...] = ("system", "user", "assistant", "tool")
FinishReason = Literal["stop", "length", "cancelled"]


@dataclass(frozen=True)
class Message:
    """One chat turn. `trusted=False` marks text from documents, tool results or users that may
    carry forged control strings; backends must encode it as plain text either way."""

    role: Role
    content: str
    trusted: bool = True

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise InputError(f"unknown role {self.role!r}; expected one of {', '.join(ROLES)}")
        if not isinstance(self.content, str):
            raise InputError(f"message content must be text, got {type(self.content).__name__}")


@dataclass(frozen=True)
class GenerateOptions:
    """How to generate. Temperature 0 means greedy.

    `grammar`: an optional constraint on the output (a Lark grammar or a JSON schema, as text), used
    only by backends with `supports_grammar`; others ignore it and callers validate afterwards.
    `cancel`: set this event from another thread to stop generation early (finish_reason "cancelled").
    """

    max_new_tokens: int = 512
    temperature: float = 0.0
    top_p: float = 1.0
    top_k: int = 0
    min_p: float = 0.0
    repetition_penalty: float = 1.0
    stop: tuple[str, ...] = ()
    seed: int | None = None
    grammar: str | None = None
    grammar_kind: Literal["lark", "json_schema", "regex"] = "lark"
    cancel: threading.Event | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.max_new_tokens < 1:
            raise InputError(f"max_new_tokens must be >= 1, got {self.max_new_tokens}")
        if self.temperature < 0:
            raise InputError(f"temperature must be >= 0, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise InputError(f"top_p must be in (0, 1], got {self.top_p}")
        if any(not s for s in self.stop):
            raise InputError("stop strings must be non-empty")

    def with_(self, **changes) -> "GenerateOptions":
        return replace(self, **changes)


@dataclass(frozen=True)
class Completion:
    text: str
    finish_reason: FinishReason = "stop"
    prompt_tokens: int = 0
    completion_tokens: int = 0


@runtime_checkable
class ChatSession(Protocol):
    """A conversation bound to reusable backend state (only some backends have one).

    `add` appends messages (the backend prefills only their new tokens); `generate` continues as
    the assistant and appends the reply; `fork` branches; `rewind(turn)` returns to a turn boundary.
    """

    @property
    def turns(self) -> int: ...

    def add(self, *messages: Message) -> None: ...

    def generate(self, options: GenerateOptions | None = None) -> Completion: ...

    def fork(self) -> "ChatSession": ...

    def rewind(self, turn: int) -> None: ...


@runtime_checkable
class TextModel(Protocol):
    """What the agent side needs from a model."""

    name: str
    context_length: int
    supports_grammar: bool

    def count_tokens(self, text: str) -> int: ...

    def generate(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Completion: ...

    def stream(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Iterator[str]: ...

    def session(self, messages: Sequence[Message] = ()) -> ChatSession | None:
        """A stateful session seeded with `messages`, or None where the backend has no state reuse."""
        ...


def approx_token_count(text: str) -> int:
    """A tokenizer-free estimate (about 4 characters a token) for backends without a tokenizer."""
    return max(1, (len(text) + 3) // 4) if text else 0


Script = Callable[[Sequence[Message], GenerateOptions], str]


class ScriptedModel:
    """A `TextModel` whose replies come from a function or a list (tests, replays, demos).

    `ScriptedModel(["reply 1", "reply 2"])` answers in order; `ScriptedModel(fn)` calls
    `fn(messages, options)`. Every call is recorded in `calls` so tests can assert on prompts.
    Stop strings are honoured the way a real backend honours them: the text is cut before the
    first stop string.
    """

    supports_grammar = False

    def __init__(self, replies: Script | Sequence[str], *, name: str = "scripted", context_length: int = 65536):
        if callable(replies):
            self._script: Script = replies
        else:
            queue = iter(list(replies))

            def from_list(messages: Sequence[Message], options: GenerateOptions) -> str:
                try:
                    return next(queue)
                except StopIteration:
                    raise InputError("ScriptedModel ran out of scripted replies") from None

            self._script = from_list
        self.name = name
        self.context_length = context_length
        self.calls: list[tuple[tuple[Message, ...], GenerateOptions]] = []
        self._lock = threading.Lock()

    def count_tokens(self, text: str) -> int:
        return approx_token_count(text)

    def generate(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Completion:
        options = options or GenerateOptions()
        with self._lock:
            self.calls.append((tuple(messages), options))
            text = self._script(messages, options)
        finish: FinishReason = "stop"
        cut = min((i for i in (text.find(s) for s in options.stop) if i >= 0), default=-1)
        if cut >= 0:
            text = text[:cut]
        prompt_tokens = sum(self.count_tokens(m.content) for m in messages)
        return Completion(text, finish, prompt_tokens, self.count_tokens(text))

    def stream(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Iterator[str]:
        text = self.generate(messages, options).text
        for start in range(0, len(text), 16):
            yield text[start : start + 16]

    def session(self, messages: Sequence[Message] = ()) -> ChatSession | None:
        return None


def cycle_replies(replies: Sequence[str]) -> Script:
    """A script that repeats `replies` forever (for budget tests)."""
    source = itertools.cycle(replies)
    return lambda messages, options: next(source)
