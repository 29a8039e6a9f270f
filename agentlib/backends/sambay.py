"""The in-process SambaY engine behind the agent side's `TextModel` and `ChatSession` protocols.

Every message's content goes through the tokenizer's forgery-safe chat encoding (trusted or not: only the
chat template emits control tokens). `session()` returns a `SambaYChatSession` whose turns prefill only
their new tokens and which can fork and rewind; sessions share one `PrefixCache`, so conversations that
start with the same system prompt or document reuse its state.

`GenerateOptions.grammar` (Lark, JSON schema or regex) is enforced during decoding through llguidance
(`agentlib.engine.grammar.GrammarConstraint` in the engine's logits-processor hook).

Left out: tool-call parsing (the agent side owns its text protocol).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from agentlib.engine.generation import (
    GenerationConfig,
    GenerationResult,
    LogitsProcessor,
    context_length,
    generate,
    stream,
)
from agentlib.engine.prefix_cache import PrefixCache
from agentlib.engine.sampling import SamplingParams
from agentlib.engine.session import Session
from agentlib.engine.tokenizer import Tokenizer
from agentlib.errors import InputError
from agentlib.llm import Completion, FinishReason, GenerateOptions, Message

_DTYPES = ("float32", "bfloat16", "float16")


def generation_config(options: GenerateOptions | None, tokenizer: Tokenizer) -> GenerationConfig:
    """The engine request for protocol options (temperature 0 = greedy; a grammar becomes a constraint)."""
    options = options or GenerateOptions()
    processors: tuple[LogitsProcessor, ...] = ()
    if options.grammar is not None:
        from agentlib.engine.grammar import GrammarConstraint

        processors = (GrammarConstraint(tokenizer, options.grammar, options.grammar_kind),)
    return GenerationConfig(
        max_new_tokens=options.max_new_tokens,
        sampling=SamplingParams(
            temperature=options.temperature,
            top_p=options.top_p,
            top_k=options.top_k,
            min_p=options.min_p,
            repetition_penalty=options.repetition_penalty,
        ),
        stop=tuple(options.stop),
        seed=options.seed,
        cancel=options.cancel,
        logits_processors=processors,
    )


def _completion(result: GenerationResult) -> Completion:
    reason: FinishReason = "stop"
    if result.finish_reason == "length":
        reason = "length"
    elif result.finish_reason == "cancelled":
        reason = "cancelled"
    return Completion(result.text, reason, result.prompt_tokens, len(result.token_ids))


def _as_dicts(messages: Sequence[Message]) -> list[dict[str, str]]:
    out = []
    for message in messages:
        if not isinstance(message, Message):
            raise InputError(f"expected agentlib.llm.Message, got {type(message).__name__}")
        out.append({"role": message.role, "content": message.content})
    return out


class SambaYChatSession:
    """`ChatSession` over an engine `Session`."""

    def __init__(self, session: Session):
        self.engine_session = session

    @property
    def turns(self) -> int:
        return self.engine_session.turns

    def add(self, *messages: Message) -> None:
        """Append messages; their tokens are prefilled on the next `generate`."""
        self.engine_session.add_messages(_as_dicts(messages))

    def generate(self, options: GenerateOptions | None = None) -> Completion:
        """Reply as the assistant; the reply joins the conversation."""
        return _completion(self.engine_session.generate(generation_config(options, self.engine_session.tokenizer)))

    def fork(self) -> SambaYChatSession:
        return SambaYChatSession(self.engine_session.fork())

    def rewind(self, turn: int) -> None:
        self.engine_session.rewind(turn)


class SambaYBackend:
    """`TextModel` for a SambaY model plus its tokenizer."""

    supports_grammar = True

    def __init__(self, model: Any, tokenizer: Tokenizer, *, name: str = "sambay", prefix_cache_bytes: int = 1 << 30):
        self.model = model
        self.tokenizer = tokenizer
        self.name = name
        self.context_length = context_length(model) or 0
        self.prefix_cache = PrefixCache(prefix_cache_bytes)

    @classmethod
    def from_pretrained(cls, path: str | Path, dtype: Any = "float32", device: str = "cpu", *,
                        quantize: str | None = None, **options: Any) -> SambaYBackend:
        """Load the model (config.json + safetensors) and tokenizer (tokenizer.json) from one folder;
        quantize="int8" keeps the Linear and embedding weights as int8 (half the bytes a decode step reads)."""
        import torch

        from agentlib.engine.model import SambaY

        if isinstance(dtype, str):
            if dtype not in _DTYPES:
                raise InputError(f"dtype must be one of {', '.join(_DTYPES)}, got {dtype!r}")
            dtype = getattr(torch, dtype)
        path = Path(path)
        tokenizer = Tokenizer.from_dir(path)
        model = SambaY.from_pretrained(path, dtype=dtype, device=device, quantize=quantize)
        return cls(model, tokenizer, name=options.pop("name", f"sambay:{path.name}"), **options)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text))

    def _prompt(self, messages: Sequence[Message]) -> list[int]:
        if not messages:
            raise InputError("no messages to generate from")
        return self.tokenizer.encode_chat(_as_dicts(messages), add_generation_prompt=True)

    def generate(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Completion:
        config = generation_config(options, self.tokenizer)
        return _completion(generate(self.model, self.tokenizer, self._prompt(messages), config))

    def stream(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Iterator[str]:
        return stream(self.model, self.tokenizer, self._prompt(messages), generation_config(options, self.tokenizer))

    def session(self, messages: Sequence[Message] = ()) -> SambaYChatSession:
        chat = SambaYChatSession(Session(self.model, self.tokenizer, prefix_cache=self.prefix_cache))
        if messages:
            chat.add(*messages)
        return chat
