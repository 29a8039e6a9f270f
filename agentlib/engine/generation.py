"""Prefill, decode loop, stop handling and streaming over a SambaY state; knows no tools and no chat.

One loop serves a single request and a batch of N continuations of one prefix (for voting): the prefix is
prefilled once, its state repeated N times, and every row samples with its own seeded generator, so row i
equals the single run with seed `seeds[i]`.

Stops: EOS ids (never part of the text), stop strings (also across tokens; the text ends before them),
`max_new_tokens`, the context length, a cancel event. Streaming emits UTF-8-safe deltas and holds back any
tail that might still become a stop string. Logits processors `(ids_so_far, logits[V]) -> logits[V]` run
before the repetition penalty and sampling; grammar constraints plug in there.

The model is used through `forward(input_ids[B, T], state, logits_at="last") -> out.logits[B, 1, V]`, which
advances `state` in place; forward calls on one model are serialized by `model_lock(model)`.

Left out: speculative decoding, paged batching of unrelated prompts.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch

from agentlib.engine.sampling import SamplingParams, apply_repetition_penalty, choose, make_generator
from agentlib.engine.tokenizer import IncrementalDecoder, Tokenizer
from agentlib.errors import ContextOverflowError, InputError

LogitsProcessor = Callable[[Sequence[int], torch.Tensor], torch.Tensor]

_locks: weakref.WeakKeyDictionary[Any, threading.RLock] = weakref.WeakKeyDictionary()
_locks_guard = threading.Lock()


def model_lock(model: Any) -> threading.RLock:
    """The lock that serializes forward calls on `model` (one per model object)."""
    with _locks_guard:
        lock = _locks.get(model)
        if lock is None:
            lock = _locks[model] = threading.RLock()
        return lock


def context_length(model: Any) -> int | None:
    """The model's context length: its config's `max_context` (SambaY), else `max_position_embeddings`."""
    config = getattr(model, "config", None)
    value = getattr(config, "max_context", None) or getattr(config, "max_position_embeddings", None)
    return int(value) if value else None


def model_device(model: Any) -> torch.device:
    return next(model.parameters()).device


@dataclass(frozen=True)
class GenerationConfig:
    """One request. `stop_ids` None means the tokenizer's EOS ids (`<|end|>`, `<|endoftext|>`)."""

    max_new_tokens: int = 256
    sampling: SamplingParams = SamplingParams()
    stop: tuple[str, ...] = ()
    stop_ids: frozenset[int] | None = None
    seed: int | None = None
    logprobs: bool = False
    logits_processors: tuple[LogitsProcessor, ...] = ()
    cancel: threading.Event | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.max_new_tokens < 1:
            raise InputError(f"max_new_tokens must be >= 1, got {self.max_new_tokens}")
        if any(not isinstance(s, str) or not s for s in self.stop):
            raise InputError("stop strings must be non-empty text")


@dataclass
class GenerationResult:
    """What one row produced. `token_ids` includes a final EOS id; `in_state` counts the generated ids the
    state holds (the last sampled id is never fed back when generation ends on it)."""

    text: str
    token_ids: list[int]
    finish_reason: str
    prompt_tokens: int
    logprobs: list[float] | None = None
    in_state: int = 0


def check_fits(model: Any, prompt_tokens: int) -> None:
    """ContextOverflowError when `prompt_tokens` leaves no room to generate in the model's context."""
    limit = context_length(model)
    if limit is not None and prompt_tokens >= limit:
        raise ContextOverflowError(
            f"the prompt has {prompt_tokens} tokens but the context holds {limit} (and one must be left to generate);"
            " shorten the prompt",
            prompt_tokens=prompt_tokens,
            context_length=limit,
        )


@torch.inference_mode()
def extend(model: Any, state: Any, ids: Sequence[int]) -> torch.Tensor:
    """Feed `ids` (one row, or the same ids to every row) into `state`; returns last-position logits [B, V]."""
    if not ids:
        raise InputError("nothing to feed: the token list is empty")
    device = model_device(model)
    batch = _batch_size(state)
    with model_lock(model):  # one call: the model runs long inputs in time chunks (engine/chunking.py)
        rows = torch.tensor([list(ids)] * batch, dtype=torch.long, device=device)
        logits = model.forward(rows, state, logits_at="last").logits[:, -1, :]
    return logits.float()


def prefill(model: Any, ids: Sequence[int]) -> tuple[Any, torch.Tensor]:
    """A fresh state holding `ids`, and the logits after them [1, V]."""
    check_fits(model, len(ids))
    state = model.new_state(batch_size=1)
    return state, extend(model, state, ids)


def _batch_size(state: Any) -> int:
    value = getattr(state, "batch_size", None)
    return int(value) if value is not None else 1


class _Row:
    """Per-row bookkeeping: ids, text, stop-string search, what has been streamed."""

    def __init__(self, tokenizer: Tokenizer, config: GenerationConfig, prompt_ids: Sequence[int], seed: int | None,
                 device: torch.device):
        self.config = config
        self.history = list(prompt_ids)
        self.prompt_tokens = len(prompt_ids)
        self.generated: list[int] = []
        self.logprobs: list[float] = []
        self.decoder: IncrementalDecoder = tokenizer.stream_decoder()
        self.text = ""
        self.emitted = 0
        self.finish: str | None = None
        self.in_state = 0
        self.generator = make_generator(seed, device)

    def accept(self, token: int, is_stop_id: bool) -> str:
        """Record `token`; returns the text that may be streamed now."""
        self.generated.append(token)
        self.history.append(token)
        if is_stop_id:
            self.text += self.decoder.flush()
            self.finish = "stop"
        else:
            self.text += self.decoder.push(token)
        return self._release()

    def end(self, reason: str) -> str:
        """Finish for `reason` (length, cancelled); returns the remaining text."""
        self.text += self.decoder.flush()
        self.finish = self.finish or reason
        return self._release()

    def _release(self) -> str:
        stops = self.config.stop
        if stops:
            longest = max(len(s) for s in stops)
            search_from = max(0, self.emitted - longest)
            hits = [i for i in (self.text.find(s, search_from) for s in stops) if i >= 0]
            if hits:
                self.text = self.text[: min(hits)]
                self.finish = "stop"
        end = len(self.text)
        if stops and self.finish is None:
            end -= _pending_stop_prefix(self.text, stops)
        delta = self.text[self.emitted : end]
        self.emitted = max(self.emitted, end)
        return delta

    def result(self) -> GenerationResult:
        return GenerationResult(
            text=self.text,
            token_ids=list(self.generated),
            finish_reason=self.finish or "length",
            prompt_tokens=self.prompt_tokens,
            logprobs=list(self.logprobs) if self.config.logprobs else None,
            in_state=self.in_state,
        )


def _pending_stop_prefix(text: str, stops: Sequence[str]) -> int:
    """Length of the longest tail of `text` that is a proper prefix of some stop string."""
    best = 0
    for stop in stops:
        for k in range(min(len(stop) - 1, len(text)), best, -1):
            if text.endswith(stop[:k]):
                best = k
                break
    return best


@torch.inference_mode()
def decode_loop(
    model: Any,
    tokenizer: Tokenizer,
    state: Any,
    logits: torch.Tensor,
    prompt_ids: Sequence[int],
    config: GenerationConfig,
    seeds: Sequence[int | None],
) -> Generator[tuple[int, str], None, list[GenerationResult]]:
    """Generate from `state` whose next-token logits are `logits` [B, V]; yields (row, text delta) and
    returns the list of GenerationResult (read it from StopIteration.value, or use `run_loop`)."""
    device = model_device(model)
    rows = [_Row(tokenizer, config, prompt_ids, seed, device) for seed in seeds]
    stop_ids = tokenizer.eos_ids if config.stop_ids is None else config.stop_ids
    limit = context_length(model)
    params = config.sampling
    for step in range(config.max_new_tokens):
        if config.cancel is not None and config.cancel.is_set():
            for i, row in enumerate(rows):
                if row.finish is None:
                    delta = row.end("cancelled")
                    if delta:
                        yield i, delta
            break
        next_ids = []
        for i, row in enumerate(rows):
            if row.finish is not None:
                next_ids.append(row.generated[-1] if row.generated else 0)
                continue
            row_logits = logits[i]
            for processor in config.logits_processors:
                row_logits = processor(row.history, row_logits)
            row_logits = apply_repetition_penalty(row_logits, row.history, params.repetition_penalty)
            token = choose(row_logits, params, row.generator)
            if config.logprobs:
                row.logprobs.append(float(torch.log_softmax(logits[i], dim=-1)[token]))
            delta = row.accept(token, token in stop_ids)
            if row.finish is None and step + 1 == config.max_new_tokens:
                delta += row.end("length")
            elif row.finish is None and limit is not None and len(row.history) >= limit:
                delta += row.end("length")
            if delta:
                yield i, delta
            next_ids.append(token)
        if all(row.finish is not None for row in rows):
            break
        with model_lock(model):
            step_input = torch.tensor(next_ids, dtype=torch.long, device=device).unsqueeze(1)
            logits = model.forward(step_input, state, logits_at="last").logits[:, -1, :].float()
        for row in rows:
            if row.finish is None:
                row.in_state = len(row.generated)
    return [row.result() for row in rows]


def run_loop(loop: Generator[tuple[int, str], None, list[GenerationResult]],
             on_text: Callable[[int, str], None] | None = None) -> list[GenerationResult]:
    """Drive `decode_loop` to the end, passing deltas to `on_text(row, delta)`; returns the results."""
    while True:
        try:
            row, delta = next(loop)
        except StopIteration as done:
            return done.value
        if on_text is not None:
            on_text(row, delta)


def generate(
    model: Any,
    tokenizer: Tokenizer,
    prompt_ids: Sequence[int],
    config: GenerationConfig,
    on_text: Callable[[str], None] | None = None,
) -> GenerationResult:
    """One continuation of `prompt_ids` from a fresh state; `on_text` receives streamed deltas."""
    if not prompt_ids:
        raise InputError("the prompt is empty: give at least one token")
    state, logits = prefill(model, prompt_ids)
    loop = decode_loop(model, tokenizer, state, logits, prompt_ids, config, [config.seed])
    return run_loop(loop, (lambda _row, delta: on_text(delta)) if on_text else None)[0]


def stream(model: Any, tokenizer: Tokenizer, prompt_ids: Sequence[int], config: GenerationConfig) -> Iterator[str]:
    """Text deltas of one continuation, as they become final (UTF-8 safe, stop strings held back)."""
    if not prompt_ids:
        raise InputError("the prompt is empty: give at least one token")
    state, logits = prefill(model, prompt_ids)
    for _row, delta in decode_loop(model, tokenizer, state, logits, prompt_ids, config, [config.seed]):
        yield delta


def generate_batch(
    model: Any,
    tokenizer: Tokenizer,
    prompt_ids: Sequence[int],
    config: GenerationConfig,
    seeds: Sequence[int | None],
) -> list[GenerationResult]:
    """len(seeds) continuations of one prefix, prefilled once (`state.repeat`); row i uses `seeds[i]`."""
    if not seeds:
        raise InputError("generate_batch needs at least one seed (one per continuation)")
    if not prompt_ids:
        raise InputError("the prompt is empty: give at least one token")
    state, logits = prefill(model, prompt_ids)
    n = len(seeds)
    if n > 1:
        state = state.repeat(n)
        logits = logits.expand(n, -1)
    return run_loop(decode_loop(model, tokenizer, state, logits, prompt_ids, config, list(seeds)))
