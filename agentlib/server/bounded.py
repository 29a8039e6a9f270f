"""A backend wrapper that ends a task's model work when its request is over (deadline reached, client gone).

The task endpoints hand domain code (puzzle formalization, summaries) a `BoundedModel` instead of the server's
backend. Once `stop` is set, a generation in progress ends at its next token (the event is passed as
`GenerateOptions.cancel`) and every later call returns an empty "cancelled" completion at once, so the domain
code finishes quickly with whatever it has (an abstention), its worker thread ends, and its concurrency
slot comes back. Without this, a thread could go on generating for minutes after its answer was due.

Left out: interrupting non-model work (SymPy and Z3 have their own deadlines in the sandbox).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence

from agentlib.llm import ChatSession, Completion, GenerateOptions, Message, TextModel


def _bounded(options: GenerateOptions | None, stop: threading.Event) -> GenerateOptions:
    options = options or GenerateOptions()
    return options if options.cancel is not None else options.with_(cancel=stop)


class BoundedSession:
    """A `ChatSession` whose generations stop with the request."""

    def __init__(self, inner: ChatSession, stop: threading.Event):
        self.inner = inner
        self.stop = stop

    @property
    def turns(self) -> int:
        return self.inner.turns

    def add(self, *messages: Message) -> None:
        self.inner.add(*messages)

    def generate(self, options: GenerateOptions | None = None) -> Completion:
        if self.stop.is_set():
            return Completion("", "cancelled", 0, 0)
        return self.inner.generate(_bounded(options, self.stop))

    def fork(self) -> BoundedSession:
        return BoundedSession(self.inner.fork(), self.stop)

    def rewind(self, turn: int) -> None:
        self.inner.rewind(turn)


class BoundedModel:
    """A `TextModel` that stops generating once `stop` is set (see the module docstring)."""

    def __init__(self, inner: TextModel, stop: threading.Event):
        self.inner = inner
        self.stop = stop
        self.name = inner.name
        self.context_length = inner.context_length
        self.supports_grammar = inner.supports_grammar

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    def generate(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Completion:
        if self.stop.is_set():
            return Completion("", "cancelled", 0, 0)
        return self.inner.generate(messages, _bounded(options, self.stop))

    def stream(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Iterator[str]:
        if self.stop.is_set():
            return iter(())
        return self.inner.stream(messages, _bounded(options, self.stop))

    def session(self, messages: Sequence[Message] = ()) -> ChatSession | None:
        inner = self.inner.session(messages)
        return BoundedSession(inner, self.stop) if inner is not None else None


def bounded(backend: TextModel | None, stop: threading.Event) -> TextModel | None:
    return BoundedModel(backend, stop) if backend is not None else None
