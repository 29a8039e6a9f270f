"""`agentlib bench session`: what state reuse buys, on the engine's scaled config (random weights).

Figures (medians of `--repeats` runs, one process, side by side):
- `ttft_reuse_speedup_8k`: time to first token of a turn adding 256 tokens to an 8K-token history, full
  re-prefill / session reuse (goal >= 15).
- `ttft_reuse_ratio_32k_1k`: reuse time to first token at a 32K history / at a 1K history (goal <= 1.5).
- `snapshot_cost_share`: a turn-boundary snapshot of the 8K state, taken as the session takes it
  (`Session._remember`: the state's size, then `snapshot_state`), / one decode step at 8K (goal <= 0.05).
- `fork_ms`: `Session.fork()` at 8K history (a full copy of the live state).
- `prefix_cache_hit_speedup`: time to first token of a new conversation whose system prompt and document
  (8K) are cached, cold / warm; every run asks a different question (so no run finds its own question
  cached), and the tokens each run prefilled are checked: all of them cold, only the question warm.
`--quick` uses 256/512/1024-token histories and a 64-token turn instead (a smoke test, not the figures). The
tokenizer is the 32000-id variant of the built o200k tokenizer, matching the scaled config's vocabulary (built
on the fly; set AGENTLIB_BENCH_TOKENIZER to a folder holding one to skip the build, e.g. on a machine without
bpe-openai).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable

import torch

from agentlib.engine.config import scaled_config
from agentlib.engine.generation import GenerationConfig, model_device
from agentlib.engine.model import SambaY
from agentlib.engine.prefix_cache import PrefixCache
from agentlib.engine.session import Session
from agentlib.engine.tokenizer import Tokenizer
from agentlib.engine.tokenizer_build import build_small

FIRST_TOKEN = GenerationConfig(max_new_tokens=1, stop_ids=frozenset())
WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau".split()


def _text_of(tokenizer: Tokenizer, n_tokens: int, salt: int) -> str:
    """Deterministic prose of exactly `n_tokens` tokens (trimmed by decoding a prefix of its ids)."""
    words = [WORDS[(i * 7 + salt) % len(WORDS)] + (str(i % 97) if i % 5 == 0 else "") for i in range(n_tokens)]
    ids = tokenizer.encode(" ".join(words))[:n_tokens]
    return tokenizer.decode(ids)


def _synchronize() -> None:
    """Wait for queued GPU work so wall times are real (no-op on CPU)."""
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        torch.cuda.synchronize()


def _median_s(fn: Callable[..., object], repeats: int, setup: Callable[[], object] | None = None) -> float:
    """Median wall seconds of `fn()` (or `fn(setup())`, setup not timed) over `repeats` runs."""
    times = []
    for _ in range(repeats):
        arg = setup() if setup is not None else None
        _synchronize()
        start = time.perf_counter()
        fn(arg) if setup is not None else fn()
        _synchronize()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _history_session(model: SambaY, tokenizer: Tokenizer, history_tokens: int,
                     cache: PrefixCache | None = None) -> Session:
    session = Session(model, tokenizer, prefix_cache=cache)
    session.add("system", "You answer questions about the document.")
    session.add("user", _text_of(tokenizer, history_tokens, salt=1))
    session.add("assistant", "I have read the document.")
    return session


def _reuse_ttft(base: Session, turn_text: str, repeats: int) -> float:
    """Median time to first token of one more user turn on a fork of `base` (fork not timed)."""

    def setup() -> Session:
        branch = base.fork()
        branch.add("user", turn_text)
        return branch

    return _median_s(lambda branch: branch.generate(FIRST_TOKEN), repeats, setup)


def run(args: argparse.Namespace) -> dict:
    repeats = max(1, int(args.repeats))
    short, mid, long_, turn_tokens = (256, 512, 1024, 64) if args.quick else (1024, 8192, 32768, 256)
    device = getattr(args, "device", "cpu")
    config = scaled_config()
    model = SambaY(config, dtype=torch.float32, device=device, seed=0)
    prebuilt = os.environ.get("AGENTLIB_BENCH_TOKENIZER")
    if prebuilt:
        tokenizer = Tokenizer.from_dir(prebuilt)
    else:
        with tempfile.TemporaryDirectory() as folder:
            tokenizer = Tokenizer.from_dir(build_small(folder, vocab_size=config.vocab_size))
    turn = _text_of(tokenizer, turn_tokens, salt=3)

    # 1. TTFT at the 8K history: full re-prefill (fresh session) vs reuse (the history state kept).
    base_mid = _history_session(model, tokenizer, mid)
    base_mid.prefill()

    def fresh_session() -> Session:
        session = _history_session(model, tokenizer, mid)
        session.add("user", turn)
        return session

    full_mid = _median_s(lambda s: s.generate(FIRST_TOKEN), max(1, repeats // 2), fresh_session)
    reuse_mid = _reuse_ttft(base_mid, turn, repeats)

    # 2. Reuse TTFT at 1K vs 32K history.
    base_short = _history_session(model, tokenizer, short)
    base_short.prefill()
    reuse_short = _reuse_ttft(base_short, turn, repeats)
    base_long = _history_session(model, tokenizer, long_)
    base_long.prefill()
    reuse_long = _reuse_ttft(base_long, turn, repeats)
    del base_long

    # 3. Snapshot cost vs one decode step, both at the 8K history.
    state = base_mid.fork()._state
    step_input = torch.tensor([[tokenizer.encode(" x")[0]]], device=model_device(model))

    def decode_step(_arg: object = None) -> None:
        model.forward(step_input, state_copy_for_step, logits_at="last")

    state_copy_for_step = state.clone()
    decode_s = _median_s(decode_step, repeats + 2)
    taker = Session(model, tokenizer)
    boundary = tuple(range(state.num_tokens))  # the ids a turn boundary would key the snapshot by

    def fresh_snapshots() -> None:
        taker._snapshots.clear()

    snapshot_s = _median_s(lambda _: taker._remember(boundary, state, None), repeats + 2, fresh_snapshots)
    assert len(taker._snapshots) == 1  # the timed call really stored a snapshot
    fork_s = _median_s(lambda: base_mid.fork(), repeats)

    # 4. Prefix cache: a new conversation sharing the system prompt and the document.
    cache = PrefixCache(budget_bytes=4 << 30)
    warm = _history_session(model, tokenizer, mid, cache)
    warm.add("user", "First question?")
    warm.generate(FIRST_TOKEN)

    asked = iter(range(10_000))

    def new_conversation(with_cache: bool) -> tuple[Session, int]:
        """A conversation with a question never asked before, and the tokens its first token must prefill:
        all of them cold; warm, those after the cached system prompt, document and assistant messages."""
        session = _history_session(model, tokenizer, mid, cache if with_cache else None)
        session.add("user", f"Question {next(asked)}: what does the document say about {WORDS[next(asked) % 19]}?")
        target = session.prompt_ids()
        shared = session._message_boundaries(target)[2]  # system, document, assistant
        return session, len(target) - shared if with_cache else len(target)

    def first_token(arg: tuple[Session, int]) -> None:
        session, expected = arg
        session.generate(FIRST_TOKEN)
        assert session.prefilled_tokens == expected, (session.prefilled_tokens, expected)

    cold_s = _median_s(first_token, max(1, repeats // 2), lambda: new_conversation(False))
    hit_s = _median_s(first_token, repeats, lambda: new_conversation(True))

    label = "quick" if args.quick else "full"
    return {
        "bench": "session",
        "sizes": label,
        "device": str(device),
        "history_tokens": {"short": short, "mid": mid, "long": long_},
        "turn_tokens": turn_tokens,
        "ttft_full_ms_8k": round(full_mid * 1e3, 2),
        "ttft_reuse_ms_8k": round(reuse_mid * 1e3, 2),
        "ttft_reuse_speedup_8k": round(full_mid / reuse_mid, 2),
        "ttft_reuse_ms_1k": round(reuse_short * 1e3, 2),
        "ttft_reuse_ms_32k": round(reuse_long * 1e3, 2),
        "ttft_reuse_ratio_32k_1k": round(reuse_long / reuse_short, 3),
        "decode_step_ms_8k": round(decode_s * 1e3, 3),
        "snapshot_ms_8k": round(snapshot_s * 1e3, 3),
        "snapshot_cost_share": round(snapshot_s / decode_s, 4),
        "fork_ms": round(fork_s * 1e3, 2),
        "prefix_cache_cold_ms": round(cold_s * 1e3, 2),
        "prefix_cache_hit_ms": round(hit_s * 1e3, 2),
        "prefix_cache_hit_speedup": round(cold_s / hit_s, 2),
    }
