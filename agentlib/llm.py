"""The text-model protocol every backend implements, and the scripted fake for tests and replay.

The agent side (loop, puzzles, trace checking, documents) talks only to `TextModel`; it never
imports torch. Backends live in `agentlib.backends` (SambaY engine, transformers, OpenAI-compatible
HTTP) and adapt to this protocol.

Roles are structured (`Message.role`); a backend renders them with its own chat template. Text in
`Message.content` is data: a backend must tokenize it so that a literal control string such as
`<|end|>` can never become a control token (only the template emits those).

Text crossing this boundary is valid Unicode: a lone surrogate (which a JSON reply may hold, and
which no encoder accepts) becomes U+FFFD in `Message` and `Completion`, so it cannot crash an
encoder, a tokenizer or the terminal downstream.

A deadline reaches a backend through `GenerateOptions`: `within(options, deadline)` sets `cancel`
to an event that reads as set once the deadline passes (backends check it between tokens) and
`time_limit_s` to what is left (backends that cannot stop mid-call, such as HTTP, use it as their
timeout).

Left out: tool-calling APIs of particular vendors; agentlib uses its own text protocol
(`agentlib.agent.protocol`) so every backend, including a raw completion model, can call tools.
"""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, Protocol, cast, runtime_checkable

from agentlib.errors import InputError, ModelUnavailable
from agentlib.limits import Deadline

Role = Literal["system", "user", "assistant", "tool"]
ROLES: tuple[str, ...] = ("system", "user", "assistant", "tool")
FinishReason = Literal["stop", "length", "cancelled"]
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_unicode(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (text that any UTF-8 encoder accepts)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub("\ufffd", text)
    return text


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
        object.__setattr__(self, "content", valid_unicode(self.content))


@dataclass(frozen=True)
class GenerateOptions:
    """How to generate. Temperature 0 means greedy.

    `grammar`: an optional constraint on the output (a Lark grammar or a JSON schema, as text), used
    only by backends with `supports_grammar`; others ignore it and callers validate afterwards.
    `cancel`: set this event from another thread to stop generation early (finish_reason "cancelled").
    `time_limit_s`: wall-clock seconds this call may take; a backend that cannot stop between tokens
    (an HTTP request) uses it as its timeout. `within(options, deadline)` sets both from a Deadline.
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
    time_limit_s: float | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.time_limit_s is not None and not (math.isfinite(self.time_limit_s) and self.time_limit_s >= 0):
            raise InputError(f"time_limit_s must be a finite number of seconds >= 0, got {self.time_limit_s}")
        if self.max_new_tokens < 1:
            raise InputError(f"max_new_tokens must be >= 1, got {self.max_new_tokens}")
        if self.temperature < 0:
            raise InputError(f"temperature must be >= 0, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise InputError(f"top_p must be in (0, 1], got {self.top_p}")
        if any(not s for s in self.stop):
            raise InputError("stop strings must be non-empty")

    def with_(self, **changes: Any) -> GenerateOptions:
        return replace(self, **changes)


class DeadlineEvent(threading.Event):
    """A cancel event that reads as set once `deadline` has passed, or once `also` (a caller's own
    cancel event) is set. Backends poll `is_set()` between tokens, so no timer thread is needed;
    `wait()` does not see the deadline."""

    def __init__(self, deadline: Deadline, also: threading.Event | None = None):
        super().__init__()
        self.deadline = deadline
        self.also = also

    def is_set(self) -> bool:
        if not super().is_set() and (self.deadline.expired or (self.also is not None and self.also.is_set())):
            self.set()
        return super().is_set()


def within(options: GenerateOptions, deadline: Deadline) -> GenerateOptions:
    """`options` bounded by `deadline`: generation stops when it passes (see the module docstring)."""
    left = deadline.remaining()
    limit = left if options.time_limit_s is None else min(options.time_limit_s, left)
    return options.with_(cancel=DeadlineEvent(deadline, options.cancel), time_limit_s=limit)


@dataclass(frozen=True)
class Completion:
    """A model's reply: its text (valid Unicode, see `valid_unicode`), why it ended and token counts."""

    text: str
    finish_reason: FinishReason = "stop"
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", valid_unicode(self.text))


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

    def fork(self) -> ChatSession: ...

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


def check_backend(backend: object) -> TextModel | None:
    """`backend` when it is None or a `TextModel` (an object with `generate()` and `count_tokens()`); else
    `InputError` naming what was given (a spec string such as "openai:URL" is loaded with `agentlib.load_backend`
    first). Entry points call it before any work, so a wrong object fails here and not as an AttributeError deep
    in the model path."""
    if backend is None:
        return None
    if all(callable(getattr(backend, method, None)) for method in ("generate", "count_tokens")):
        return cast(TextModel, backend)  # duck-typed, as `Agent` checks its model: the calls every model path makes
    hint = "; load a spec string with agentlib.load_backend(spec)" if isinstance(backend, str) else ""
    raise InputError(f"backend must be a TextModel (agentlib.llm) or None, not {type(backend).__name__}{hint}")


def approx_token_count(text: str) -> int:
    """A tokenizer-free estimate (about 4 characters a token) for backends without a tokenizer."""
    return max(1, (len(text) + 3) // 4) if text else 0


Script = Callable[[Sequence[Message], GenerateOptions], str]


class ScriptExhausted(ModelUnavailable):
    """A scripted model was asked for more replies than its script holds."""


def _reply_list(replies: object) -> list[str]:
    listed = list(replies) if isinstance(replies, Iterable) and not isinstance(replies, str | bytes) else None
    if listed is None or not all(isinstance(reply, str) for reply in listed):
        raise InputError("ScriptedModel needs a list of reply strings or a function (messages, options) -> str, "
                         f"not {type(replies).__name__}")
    return listed


class ScriptedModel:
    """A `TextModel` whose replies come from a function or a list (tests, replays, demos).

    `ScriptedModel(["reply 1", "reply 2"])` answers in order and raises `ScriptExhausted` (a
    `ModelUnavailable`) when asked for more; `ScriptedModel(fn)` calls `fn(messages, options)`.
    Every call is recorded in `calls` so tests can assert on prompts.
    Stop strings are honoured the way a real backend honours them: the text is cut before the
    first stop string.
    """

    supports_grammar = False

    def __init__(self, replies: Script | Sequence[str], *, name: str = "scripted", context_length: int = 65536):
        if callable(replies):
            self._script: Script = replies
        else:
            queue = iter(_reply_list(replies))

            def from_list(messages: Sequence[Message], options: GenerateOptions) -> str:
                try:
                    return next(queue)
                except StopIteration:
                    raise ScriptExhausted("ScriptedModel ran out of scripted replies") from None

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
