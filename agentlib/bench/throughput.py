"""`agentlib bench throughput`: SambaY against a same-size plain transformer on long generations, side by side.

    agentlib bench throughput [--config scaled|plan|real] [--dtype bf16|fp32] [--device cpu|cuda]
                              [--memory-budget GiB] [--prompt 2048] [--generate 32768] [--points 5] [--quick]

The regime of the SambaY paper's throughput claim: 2K-token prompts, 32K generated tokens, as many sequences
decoding at once as fit in memory. A transformer's KV cache grows in every layer, so at 34K tokens few
sequences fit; SambaY's state grows in one layer, so many more decode at once and every weight read serves
more tokens. Both models (`transformer.PlainTransformer` is built from SambaY's own blocks: same hidden size,
heads, MLP and layer count, full attention in every layer) run in this process, one after the other:

1. batch = the most sequences whose state at prompt + generate tokens fits in `--memory-budget` after the
   weights (states only: activations of a step are small next to them);
2. one sequence of each is prefilled to prompt + generate tokens; for each of `--points` context lengths from
   prompt to prompt + generate, its state cut to that length is copied over the batch (a decode step costs the
   same whatever the tokens are) and the fastest of `--steps` decode steps is timed, at that batch and at
   batch 1; the two models take turns at every context, so both meet the machine in the same state;
3. generating 32K tokens for a whole batch would take hours here, so the step times are integrated over the
   generation (trapezoid over the measured points: one step per generated token), giving tokens per second.

`throughput_speedup` = SambaY's tokens per second / the transformer's; `batch1_speedup` the same at batch 1
(small by design: at batch 1 the weights dominate the bytes read). `--quick`: 128-token prompts, 512 generated,
a 0.25 GiB budget, 3 points (a smoke run, not the figures). CUDA: the budget defaults to the free memory.

Left out: prefill time of the batch (the paper's figure is decode throughput), paged memory, sampling.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch

from agentlib.bench.transformer import LayerCache, PlainTransformer, TransformerState
from agentlib.engine.cache import InferenceState, MambaState, SharedKV, WindowKV
from agentlib.engine.config import BENCH_CONFIGS, SambaYConfig
from agentlib.engine.model import SambaY
from agentlib.engine.testing import tiny_config
from agentlib.errors import InputError

CONFIGS: dict[str, Callable[..., SambaYConfig]] = {**BENCH_CONFIGS, "tiny": tiny_config}
DTYPES = {"bf16": torch.bfloat16, "fp32": torch.float32}
DEFAULT_THREADS = 0
SPARE_TOKENS = 16  # KV room for the timed steps, so no step reallocates a cache


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", choices=sorted(CONFIGS), default="scaled")
    parser.add_argument("--dtype", choices=sorted(DTYPES), default="bf16")
    parser.add_argument("--memory-budget", type=float, default=None, help="GiB for weights and states (CPU: 8)")
    parser.add_argument("--prompt", type=int, default=2048)
    parser.add_argument("--generate", type=int, default=32768)
    parser.add_argument("--points", type=int, default=5, help="context lengths at which steps are timed")
    parser.add_argument("--steps", type=int, default=3, help="timed decode steps per point (median)")
    parser.add_argument("--max-batch", type=int, default=4096)


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def _cut_copies(t: torch.Tensor, length: int, batch: int, capacity: int) -> torch.Tensor:
    """(1, H, ≥length, hd) -> (batch, H, capacity, hd) holding the first `length` positions in every row."""
    out = torch.empty(batch, t.shape[1], capacity, t.shape[3], dtype=t.dtype, device=t.device)
    out[:, :, :length] = t[:, :, :length]
    return out


def sambay_batch(state: InferenceState, length: int, batch: int) -> InferenceState:
    """`batch` copies of a batch-1 state cut to its first `length` tokens (windows and Mamba states kept)."""
    capacity = length + SPARE_TOKENS
    shared = SharedKV(_cut_copies(state.shared_kv.key_buffer, length, batch, capacity),
                      _cut_copies(state.shared_kv.value_buffer, length, batch, capacity), length)

    def copies(t: torch.Tensor) -> torch.Tensor:
        return t.expand(batch, *t.shape[1:]).clone()

    mamba = {i: MambaState(copies(s.conv), copies(s.ssm)) for i, s in state.mamba.items()}
    windows = {i: WindowKV(copies(w.key), copies(w.value), w.keep) for i, w in state.windows.items()}
    return InferenceState(state.config, mamba, windows, shared, length, None, batch)


def transformer_batch(state: TransformerState, length: int, batch: int) -> TransformerState:
    """`batch` copies of a batch-1 transformer state cut to its first `length` tokens."""
    capacity = length + SPARE_TOKENS
    layers = [LayerCache(SharedKV(_cut_copies(c.shared_kv.key_buffer, length, batch, capacity),
                                  _cut_copies(c.shared_kv.value_buffer, length, batch, capacity), length))
              for c in state.layers]
    return TransformerState(layers, length, batch)


def _weights(model: torch.nn.Module) -> int:
    return sum(t.numel() * t.element_size() for t in (*model.parameters(), *model.buffers()))


def _step_seconds(model: Any, state: Any, steps: int) -> float:
    """The fastest of `steps` decode steps after a warm-up (on a shared machine, interference only ever adds
    time, so the minimum is the steadiest estimate of what a step costs)."""
    token = torch.full((state.batch_size, 1), 7, dtype=torch.long, device=model.device)
    model(token, state)  # warm-up (kernel choices, first touch of the copies)
    samples = []
    for _ in range(max(1, steps)):
        _sync(model.device)
        start = time.perf_counter()
        model(token, state)
        _sync(model.device)
        samples.append(time.perf_counter() - start)
    return min(samples)


def integrate(contexts: list[int], seconds: list[float]) -> float:
    """Seconds to decode one token at every context from the first to the last (one step each), by the
    trapezoid rule over the measured (context, step seconds) points."""
    return sum((c1 - c0) * (t0 + t1) / 2 for c0, c1, t0, t1 in zip(contexts, contexts[1:], seconds, seconds[1:]))


@dataclass
class Contender:
    """One model of the comparison: its batch under the budget and the one-sequence state it copies."""

    model: Any
    make_batch: Callable[[Any, int, int], Any]
    per_sequence: int
    batch: int
    base: Any = None
    batched: list[float] = field(default_factory=list)
    single: list[float] = field(default_factory=list)

    def report(self, contexts: list[int], prefill_s: float) -> dict[str, Any]:
        out: dict[str, Any] = {"weights_gb": round(_weights(self.model) / 2**30, 3), "batch": self.batch,
                               "state_mb_per_sequence": round(self.per_sequence / 2**20, 2),
                               "prefill_s": round(prefill_s, 1)}
        if not self.batched:
            out["note"] = "one sequence's state does not fit in the budget after the weights"
            return out
        generated = contexts[-1] - contexts[0]
        seconds, seconds_one = integrate(contexts, self.batched), integrate(contexts, self.single)
        out.update(step_ms={str(c): round(t * 1e3, 2) for c, t in zip(contexts, self.batched)},
                   step_ms_batch1={str(c): round(t * 1e3, 2) for c, t in zip(contexts, self.single)},
                   tokens_per_s=round(self.batch * generated / seconds, 2),
                   tokens_per_s_batch1=round(generated / seconds_one, 2))
        return out


def contender(model: Any, make_batch: Callable[[Any, int, int], Any], per_sequence: int, budget: int,
              max_batch: int) -> Contender:
    """The batch of `model` under `budget` (after its weights) and its contender record."""
    return Contender(model, make_batch, per_sequence,
                     int(min(max_batch, max(0, (budget - _weights(model)) // per_sequence))))


def measure(contenders: dict[str, Contender], contexts: list[int], steps: int) -> dict[str, float]:
    """Prefill one sequence of each model to the last context, then at each context time both models in turn
    (their batch, then batch 1), so both see the machine in the same state; returns prefill seconds."""
    prefill_s = {}
    for name, entry in contenders.items():
        ids = torch.randint(0, entry.model.config.vocab_size, (1, contexts[-1]),
                            generator=torch.Generator().manual_seed(0))
        entry.base = entry.model.new_state(1)
        start = time.perf_counter()
        entry.model(ids.to(entry.model.device), entry.base)
        prefill_s[name] = time.perf_counter() - start
    for context in contexts:
        for entry in contenders.values():
            if entry.batch < 1:
                continue
            state = entry.make_batch(entry.base, context, entry.batch)
            entry.batched.append(_step_seconds(entry.model, state, steps))
            del state
            gc.collect()
            entry.single.append(_step_seconds(entry.model, entry.make_batch(entry.base, context, 1), steps))
    return prefill_s


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Run the throughput bench; returns one JSON-able dict (see the module docstring)."""
    if args.quick:
        args.prompt, args.generate, args.points, args.steps = 128, 512, 3, 2
        args.memory_budget = args.memory_budget or 0.25
    if args.prompt < 1 or args.generate < 1 or args.points < 2:
        raise InputError("--prompt and --generate must be positive and --points at least 2")
    device = torch.device(args.device)
    config = CONFIGS[args.config]()
    dtype = DTYPES[args.dtype]
    if args.memory_budget is None:
        budget = torch.cuda.mem_get_info(device)[0] if device.type == "cuda" else 8 << 30
    else:
        budget = int(args.memory_budget * 2**30)
    final = args.prompt + args.generate
    contexts = sorted({round(args.prompt + i * args.generate / (args.points - 1)) for i in range(args.points)})
    result: dict[str, Any] = {
        "bench": "throughput", "config": args.config, "dtype": args.dtype, "device": str(device),
        "threads": torch.get_num_threads(), "memory_budget_gb": round(budget / 2**30, 2), "prompt": args.prompt,
        "generate": args.generate, "contexts": contexts, "quick": bool(args.quick),
        "method": "decode steps timed at each context, the two models in turn (states built by one prefill, "
                  "copied over the batch; fastest of --steps), integrated over the generation by the trapezoid rule",
    }
    sambay, transformer = SambaY(config, dtype=dtype, device=device), PlainTransformer(config, dtype, device)
    contenders = {
        "sambay": contender(sambay, sambay_batch, InferenceState.analytic_nbytes(config, final + SPARE_TOKENS, dtype),
                            budget, args.max_batch),
        "transformer": contender(transformer, transformer_batch,
                                 PlainTransformer.kv_bytes_per_token(config, dtype) * (final + SPARE_TOKENS), budget,
                                 args.max_batch),
    }
    prefill_s = measure(contenders, contexts, args.steps)
    for name, entry in contenders.items():
        result[name] = entry.report(contexts, prefill_s[name])
    result["sambay"]["parameters"] = sum(p.numel() for p in sambay.parameters())
    result["transformer"]["parameters"] = transformer.parameter_count()
    s, t = result["sambay"], result["transformer"]
    if "tokens_per_s" in s and "tokens_per_s" in t:
        result["throughput_speedup"] = round(s["tokens_per_s"] / t["tokens_per_s"], 3)
        result["batch1_speedup"] = round(s["tokens_per_s_batch1"] / t["tokens_per_s_batch1"], 3)
    return result
