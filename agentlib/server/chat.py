"""OpenAI chat completions over any agentlib backend: request -> messages and options -> one generation.

`ChatService.prepare(request)` validates against the server's caps and turns the OpenAI body into agentlib
terms: roles (`developer` is `system`), text content (strings or text parts), `max_tokens`, `temperature`,
`top_p`, `stop`, `seed`, and `response_format` (a JSON schema, or any JSON object, becomes a grammar that
the SambaY backend enforces while decoding, compact unless the schema's `x-guidance` says otherwise; a
backend that cannot constrain its output answers 400 rather than return unchecked JSON). With a SambaY
backend it also checks out the conversation's saved session (`conversations.py`).
`ChatService.run(prepared, on_text, cancel)` generates (in a worker thread), passing text deltas to `on_text`,
and returns the text, finish reason and token counts, `cached_tokens` being the prompt tokens that were not
prefilled again.

All message text goes through the backend's chat encoding, which never turns text into control tokens;
messages other than `system` are marked untrusted.

Left out: n > 1, logprobs, vendor tool calls (400 with a reason).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from agentlib.llm import GenerateOptions, Message, Role, TextModel
from agentlib.server.errors import APIError
from agentlib.server.limits import SCHEMA_MAX_STOP, ServerConfig
from agentlib.server.schemas import ChatCompletionRequest

if TYPE_CHECKING:  # the store imports the engine (torch); only a SambaY backend needs it
    from agentlib.server.conversations import ConversationStore

_ROLES: dict[str, Role] = {
    "system": "system",
    "developer": "system",
    "user": "user",
    "assistant": "assistant",
    "tool": "tool",
}


@dataclass
class Prepared:
    """A validated request: its messages and options, and the checked-out session (SambaY) if any."""

    messages: list[Message]
    options: GenerateOptions
    checkout: Any = None  # conversations.Checkout


@dataclass(frozen=True)
class Outcome:
    text: str
    finish_reason: str  # "stop", "length" or "cancelled"
    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int = 0


def _text_of(message: Any) -> str:
    content = message.content
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    return "".join(part.text for part in content)


def _stops(stop: str | list[str] | None) -> tuple[str, ...]:
    if stop is None:
        return ()
    stops = [stop] if isinstance(stop, str) else list(stop)
    if len(stops) > SCHEMA_MAX_STOP:
        raise APIError(400, f"at most {SCHEMA_MAX_STOP} stop strings are allowed, got {len(stops)}")
    if any(not s for s in stops):
        raise APIError(400, "stop strings must be non-empty")
    if any(len(s) > 256 for s in stops):
        raise APIError(400, "stop strings must be at most 256 characters")
    return tuple(stops)


def _grammar(request: ChatCompletionRequest) -> tuple[str | None, str]:
    form = request.response_format
    if form is None or form.type == "text":
        return None, "lark"
    if form.type == "json_object":
        schema: dict[str, Any] = {"type": "object"}
    elif form.json_schema is None or not form.json_schema.schema_:
        raise APIError(400, "response_format json_schema needs json_schema.schema (a JSON Schema object)")
    else:
        schema = dict(form.json_schema.schema_)
    # compact JSON, as OpenAI returns it: a model cannot pad the answer with whitespace until max_tokens
    schema.setdefault("x-guidance", {"whitespace_flexible": False})
    return json.dumps(schema), "json_schema"


class ChatService:
    """Chat completions for one backend (None: every call answers 503)."""

    def __init__(self, backend: TextModel | None, config: ServerConfig, store: ConversationStore | None = None):
        self.backend = backend
        self.config = config
        self.store = store

    @property
    def model_name(self) -> str:
        return self.backend.name if self.backend is not None else "none"

    def _require_backend(self) -> TextModel:
        if self.backend is None:
            raise APIError(
                503,
                "no model is loaded: start the server with --backend SPEC (e.g. sambay:DIR) to use "
                "chat; the task endpoints work without one",
                code="no_backend",
            )
        return self.backend

    def prepare(self, request: ChatCompletionRequest) -> Prepared:
        """Validate and convert; with a SambaY store, check out the conversation's session (may raise InputError)."""
        backend = self._require_backend()
        config = self.config
        if len(request.messages) > config.max_messages:
            raise APIError(400, f"{len(request.messages)} messages; this server takes at most {config.max_messages}")
        wanted = (
            request.max_completion_tokens or request.max_tokens or min(config.default_max_tokens, config.max_tokens)
        )
        if wanted > config.max_tokens:
            raise APIError(400, f"max_tokens {wanted} is over this server's cap of {config.max_tokens}")
        grammar, kind = _grammar(request)
        if grammar is not None and not backend.supports_grammar:
            raise APIError(
                400,
                f"the backend {backend.name} cannot constrain its output to a JSON schema; "
                "use a sambay: backend or drop response_format",
                code="response_format_unsupported",
            )
        messages = [
            Message(_ROLES[m.role], _text_of(m), trusted=m.role in ("system", "developer")) for m in request.messages
        ]
        options = GenerateOptions(
            max_new_tokens=wanted,
            temperature=1.0 if request.temperature is None else request.temperature,
            top_p=1.0 if request.top_p is None else request.top_p,
            stop=_stops(request.stop),
            seed=request.seed,
            grammar=grammar,
            grammar_kind=kind,  # type: ignore[arg-type]
        )
        checkout = None
        if self.store is not None:
            checkout = self.store.checkout([{"role": m.role, "content": m.content} for m in messages])
        return Prepared(messages, options, checkout)

    def release(self, prepared: Prepared) -> None:
        """Give a prepared session back unused (the request failed before generating)."""
        if prepared.checkout is not None and self.store is not None:
            self.store.checkin(prepared.checkout.session)

    def run(self, prepared: Prepared, on_text: Callable[[str], None] | None, cancel: threading.Event) -> Outcome:
        """Generate the reply (blocking; run it in a worker thread)."""
        backend = self._require_backend()
        options = prepared.options.with_(cancel=cancel)
        if prepared.checkout is not None and self.store is not None:
            return self._run_session(prepared, options, on_text)
        if on_text is None:
            completion = backend.generate(prepared.messages, options)
            return Outcome(
                completion.text, completion.finish_reason, completion.prompt_tokens, completion.completion_tokens
            )
        pieces: list[str] = []
        finish = "length"
        for piece in backend.stream(prepared.messages, options):
            if cancel.is_set():
                finish = "cancelled"
                break
            pieces.append(piece)
            on_text(piece)
        else:
            finish = "stop"
        text = "".join(pieces)
        prompt = sum(backend.count_tokens(m.content) for m in prepared.messages)
        return Outcome(text, finish, prompt, backend.count_tokens(text) if text else 0)

    def _run_session(
        self, prepared: Prepared, options: GenerateOptions, on_text: Callable[[str], None] | None
    ) -> Outcome:
        from agentlib.backends.sambay import generation_config

        session = prepared.checkout.session
        before = session.prefilled_tokens
        result = session.generate(generation_config(options, session.tokenizer), on_text)
        fed = session.prefilled_tokens - before
        assert self.store is not None
        self.store.checkin(session)
        return Outcome(
            result.text,
            result.finish_reason,
            result.prompt_tokens,
            len(result.token_ids),
            max(0, result.prompt_tokens - fed),
        )
