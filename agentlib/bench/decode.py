"""`agentlib bench decode`: decode speed where users run it, against what the memory allows.

    agentlib bench decode [--config real|plan|scaled] [--dtype bf16|fp32|int8] [--threads N] [--device cpu|cuda]
                          [--contexts 1024,32768] [--steps 8] [--linear probe|c|torch] [--fixtures DIR] [--quick]

A model of the config with random weights (decode speed does not depend on their values) is built in the
dtype without ever holding two copies of the weights; one state per context length is built by prefill; then
rounds of [one decode step at each context, one read-bandwidth probe] run interleaved, so every step is
compared with the bandwidth measured on the same device and threads moments before, under the same load.

Per context: the bytes one step must read (`StepBytes`: the weights once, the shared KV as often as it is read
(layer L/2+1 and every cross layer), the sliding windows, the Mamba states), the median step time, tokens per
second, and `decode_bandwidth_share` = (bytes / probe bandwidth) / step time, the median over the rounds of
that ratio. `decode_ratio_32k_1k` = median step at the longest context / at the shortest. The probe reads every
weight tensor once (`cpu_rows.read_bytes` on the step's threads; PyTorch on CUDA or without the C kernels): the
same bytes from the same memory level as the step (DRAM for the real config; the scaled configs fit a large L3,
so their "bandwidth" is the cache's: quote bandwidth figures from the real config).

`--dtype int8` measures bf16 first, then quantizes the same model in place (quant.py) and measures again on the
same states, so `int8_speedup_vs_bf16` is measured side by side in one process. `--fixtures DIR` (a folder of
golden checkpoints such as tests/fixtures/sambay-tiny) adds int8's logits error against bf16 there (max abs,
KL, top-1 agreement along bf16's greedy continuation from the golden prompt) and, under
`int8_vs_bf16_on_fixtures_wide`, the same pooled over 6 random prompts x 64 steps beside bf16's own error
against fp32 there (the floor of the metric on those checkpoints). `--linear` pins the Linear kernels
(default: the per-shape probe of cpu_choice, whose choices are reported). `--graphs` (CUDA only) decodes
through captured CUDA graphs. `--quick` divides the contexts by 16 and runs 3 rounds (a smoke run, not the figures).

Left out: batch > 1 (see `agentlib bench throughput`), prompt processing speed (`agentlib bench engine`).
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch

from agentlib.engine import cpu_build, cpu_choice, cpu_rows, kernels
from agentlib.engine.cache import InferenceState
from agentlib.engine.config import BENCH_CONFIGS, LayerKind, SambaYConfig
from agentlib.engine.model import SambaY
from agentlib.engine.quant import quantize_int8
from agentlib.engine.testing import tiny_config
from agentlib.errors import InputError

CONFIGS: dict[str, Callable[..., SambaYConfig]] = {**BENCH_CONFIGS, "tiny": tiny_config}
DTYPES = {"bf16": torch.bfloat16, "fp32": torch.float32, "int8": torch.bfloat16}
DEFAULT_THREADS = 0  # all of torch's threads: decode speed where users run it
DEFAULT_CONTEXTS = (1024, 32768)


def configure(parser: argparse.ArgumentParser) -> None:
    """The decode bench's own options (`agentlib bench decode ...`)."""
    parser.add_argument("--config", choices=sorted(CONFIGS), default="real")
    parser.add_argument("--dtype", choices=sorted(DTYPES), default="bf16")
    parser.add_argument("--contexts", default=",".join(str(c) for c in DEFAULT_CONTEXTS),
                        help="comma-separated context lengths (tokens of state before the timed steps)")
    parser.add_argument("--steps", type=int, default=8, help="rounds of one step per context plus one probe")
    parser.add_argument("--linear", choices=["probe", "c", "torch"], default="probe",
                        help="Linear kernels: the per-shape probe (default) or one side for every shape")
    parser.add_argument("--fixtures", type=Path, help="golden checkpoint folder(s) for int8's error vs bf16")
    parser.add_argument("--graphs", action="store_true", help="CUDA: decode through captured CUDA graphs")


@dataclass(frozen=True)
class StepBytes:
    """Bytes one decode step must read (batch rows included)."""

    weights: int
    shared_kv: int  # keys and values held, read `shared_kv_reads` times
    shared_kv_reads: int
    windows: int
    mamba_states: int

    @property
    def total(self) -> int:
        return self.weights + self.shared_kv * self.shared_kv_reads + self.windows + self.mamba_states


def weight_bytes(model: SambaY) -> int:
    """Bytes of every weight a step reads: all parameters and buffers (an untied embedding table is read one
    row per token, so it is left out; a tied one is the head and read in full)."""
    total = sum(t.numel() * t.element_size() for t in (*model.parameters(), *model.buffers()))
    if model.lm_head is not None:
        total -= sum(t.numel() * t.element_size() for t in model.embed_tokens.buffers())
        total -= sum(t.numel() * t.element_size() for t in model.embed_tokens.parameters())
    return total


def step_bytes(model: SambaY, state: InferenceState) -> StepBytes:
    """What the next decode step on `state` must read."""
    shared = state.shared_kv
    kv = shared.key.numel() * shared.key.element_size() * 2
    reads = 1 + sum(1 for role in model.plan if role.kind is LayerKind.CROSS)
    windows = sum(w.key.numel() * w.key.element_size() * 2 for w in state.windows.values())
    mamba = sum(s.conv.numel() * s.conv.element_size() + s.ssm.numel() * s.ssm.element_size()
                for s in state.mamba.values())
    return StepBytes(weight_bytes(model), kv, reads, windows, mamba)


def bandwidth_probe(model: SambaY) -> Callable[[], float]:
    """A function reading every weight tensor once and returning the bytes per second it achieved, on the
    model's device and torch's threads."""
    tensors = [t.detach() for t in (*model.parameters(), *model.buffers()) if t.is_contiguous()]
    nbytes = sum(t.numel() * t.element_size() for t in tensors)
    use_c = model.device.type == "cpu" and kernels.cpu_kernels_allowed(*tensors[:1])

    def read() -> float:
        _synchronize(model.device)
        start = time.perf_counter()
        for t in tensors:
            if use_c:
                cpu_rows.read_bytes(t)
            else:
                t.sum()
        _synchronize(model.device)
        return nbytes / (time.perf_counter() - start)

    return read


def _synchronize(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def _rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


def build_model(config: SambaYConfig, dtype: torch.dtype, device: str, seed: int = 0) -> SambaY:
    """A random model built in place in `dtype` (one fp32 block of noise at a time beside the weights)."""
    model = SambaY(config, dtype=dtype, device=device, seed=seed)
    model.eval()
    return model


def prefill_states(model: SambaY, contexts: list[int]) -> tuple[dict[int, InferenceState], dict[int, float]]:
    """A state per context length, each built by one prefill of random tokens; seconds per prefill."""
    states, seconds = {}, {}
    for context in contexts:
        ids = torch.randint(0, model.config.vocab_size, (1, context), generator=torch.Generator().manual_seed(context))
        state = model.new_state()
        _synchronize(model.device)
        start = time.perf_counter()
        model(ids.to(model.device), state)
        _synchronize(model.device)
        seconds[context] = time.perf_counter() - start
        states[context] = state
    return states, seconds


def measure(model: SambaY, states: dict[int, InferenceState], rounds: int,
            step: Callable[[InferenceState], object] | None = None) -> dict[str, Any]:
    """Interleaved rounds: a decode step on each state, then a bandwidth probe. Returns per-context medians."""
    probe = bandwidth_probe(model)
    token = torch.tensor([[7]], device=model.device)
    run = step or (lambda state: model(token, state))
    for state in states.values():  # warm-up: buffers grow, kernels load, Linear shapes get probed
        run(state)
    probe()
    times: dict[int, list[float]] = {c: [] for c in states}
    shares: dict[int, list[float]] = {c: [] for c in states}
    bandwidths = []
    for _ in range(max(1, rounds)):
        for context, state in states.items():
            need_total = step_bytes(model, state).total
            _synchronize(model.device)
            start = time.perf_counter()
            run(state)
            _synchronize(model.device)
            elapsed = time.perf_counter() - start
            bandwidth = probe()
            bandwidths.append(bandwidth)
            times[context].append(elapsed)
            shares[context].append(need_total / bandwidth / elapsed)
    out: dict[str, Any] = {"read_bandwidth_gb_s": round(statistics.median(bandwidths) / 1e9, 2)}
    for context, state in states.items():
        step_s = statistics.median(times[context])
        need = step_bytes(model, state)
        out[str(context)] = {
            "step_ms": round(step_s * 1e3, 2), "tokens_per_s": round(1 / step_s, 2),
            "bytes_per_step_mb": round(need.total / 2**20, 1), "bytes": asdict(need),
            "decode_bandwidth_share": round(statistics.median(shares[context]), 3),
        }
    first, last = min(states), max(states)
    if first != last:
        out["decode_ratio_32k_1k" if (first, last) == (1024, 32768) else f"decode_ratio_{last}_{first}"] = round(
            statistics.median(times[last]) / statistics.median(times[first]), 3)
    return out


def _graph_step(model: SambaY) -> Callable[[InferenceState], object]:
    from agentlib.engine.cuda_graph import GraphDecoder

    decoders: dict[int, GraphDecoder] = {}
    token = torch.tensor([[7]], device=model.device)

    def run(state: InferenceState) -> object:
        decoder = decoders.get(id(state))
        if decoder is None:
            decoder = decoders[id(state)] = GraphDecoder(model, state)
        return decoder.step(token)

    return run


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Run the decode bench; returns one flat JSON-able dict (see the module docstring)."""
    contexts = sorted({int(c) for c in str(args.contexts).split(",") if c.strip()})
    if not contexts or contexts[0] < 1:
        raise InputError(f"--contexts must list positive token counts, got {args.contexts!r}")
    rounds = 3 if args.quick else max(1, int(args.steps))
    if args.quick:
        contexts = sorted({max(16, c // 16) for c in contexts})
    device = torch.device(args.device)
    config = CONFIGS[args.config]()
    dtype_name = args.dtype
    result: dict[str, Any] = {"bench": "decode", "config": args.config, "dtype": dtype_name, "device": str(device),
                              "threads": torch.get_num_threads(), "contexts": contexts, "rounds": rounds,
                              "quick": bool(args.quick)}
    pin = None if args.linear == "probe" else args.linear
    with cpu_choice.forced(pin):
        start = time.perf_counter()
        model = build_model(config, DTYPES[dtype_name], str(device))
        result["build_s"] = round(time.perf_counter() - start, 1)
        result["weights_gb"] = round(weight_bytes(model) / 2**30, 3)
        states, prefill_s = prefill_states(model, contexts)
        result["prefill_s"] = {str(c): round(s, 2) for c, s in prefill_s.items()}
        step = _graph_step(model) if args.graphs else None
        if dtype_name == "int8":
            result["bf16"] = measure(model, states, rounds, step)
            start = time.perf_counter()
            quantize_int8(model)
            gc.collect()
            result["quantize_s"] = round(time.perf_counter() - start, 1)
            result["weights_gb_int8"] = round(weight_bytes(model) / 2**30, 3)
            step = _graph_step(model) if args.graphs else None
        result.update(measure(model, states, rounds, step))
        if dtype_name == "int8":
            last = str(max(contexts))
            result["int8_speedup_vs_bf16"] = {
                str(c): round(result[str(c)]["tokens_per_s"] / result["bf16"][str(c)]["tokens_per_s"], 3)
                for c in contexts}
            result["int8_speedup_vs_bf16_longest"] = result["int8_speedup_vs_bf16"][last]
    result["kernels"] = kernels.describe()
    result["linear_choices"] = cpu_choice.report()
    result["c_kernels"] = cpu_build.loaded().reason if cpu_build.is_loaded() else "not used"
    result["peak_rss_gb"] = round(_rss_gb(), 2)
    if args.fixtures:
        from agentlib.engine.quant_error import fixture_errors, fixture_errors_wide

        result["int8_vs_bf16_on_fixtures"] = fixture_errors(Path(args.fixtures))
        result["int8_vs_bf16_on_fixtures_wide"] = fixture_errors_wide(Path(args.fixtures))
    return result
