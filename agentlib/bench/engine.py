"""`agentlib bench engine`: SambaY engine scaling figures on a benchmark config (random weights, fp32).

    agentlib bench engine [--config scaled|plan] [--repeats N] [--quick]

`--config scaled` (default): hidden 512, 8 layers (one cross-attention layer); `--config plan`: hidden 512, 32
layers, the real model's layer plan (7 cross-attention layers of 14 in the cross-decoder), so the decode and
prefill-skip figures weigh the shared KV as the real model does. One process, side by side, one thread:
- `prefill_ratio_32k_4k`: prefill time at 32K / 4K tokens (linear would be 8; layer L/2+1 is quadratic);
  4K is the median of `--repeats` runs, 32K one run (a 32K prefill takes tens of seconds on one thread).
- `prefill_skip_speedup_16k`: a 16K prefill with the cross-decoder (and layer L/2+1's queries) run at every
  position but logits only at the last (`forward(prune=False)`: exactly the work pruning skips, in the same
  time chunks), over the pruned prefill; medians of three runs each.
- `decode_ratio_32k_1k` and `decode_bandwidth_share`: `bench decode`'s interleaved measurement (a step at 1K,
  a step at 32K, each followed by a read of every weight on the same thread; the bytes a step must read count
  the shared KV once per layer that reads it). The scaled configs fit a large L3 cache, so this "bandwidth" can
  be the cache's: `agentlib bench decode --config real` gives the DRAM figure.
- `state_bytes_64k_real_config` (+ `_measured`): real config's state at 64K, analytic and from a measured
  small allocation scaled by the shared-KV growth; `state_vs_transformer_64k`: a 32-layer, 8-KV-head,
  hd-128 bf16 transformer KV cache at 64K / that state.
- `load_peak_rss_ratio`: (peak RSS - RSS before) / weight bytes while loading a saved checkpoint, in a fresh
  subprocess after one meta-device model build (torch's one-time start-up allocations are not the load's).
`--quick` divides every sequence length by 16 (a smoke test, not the figures).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

import torch

from agentlib.bench.decode import measure
from agentlib.engine.cache import InferenceState
from agentlib.engine.config import BENCH_CONFIGS, real_config
from agentlib.engine.model import SambaY

_LOAD_PROBE = """
import json, sys, torch
def rss(field='VmRSS'):
    for line in open('/proc/self/status'):
        if line.startswith(field):
            return int(line.split()[1]) * 1024
from agentlib.engine.config import SambaYConfig
from agentlib.engine.model import SambaY
SambaY(SambaYConfig.from_file(sys.argv[1]), device="meta")  # one-time torch start-up costs, not the load's
before = rss()
model = SambaY.from_pretrained(sys.argv[1])
peak = rss('VmHWM')  # not ru_maxrss: Linux carries the forking parent's peak across exec
weights = sum(p.numel() * p.element_size() for p in model.parameters())
print(json.dumps({"before": before, "peak": peak, "weights": weights}))
"""


def _time(fn: Callable[[], object], repeats: int) -> float:
    """Median seconds of `repeats` calls."""
    samples = []
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _ids(n: int, vocab: int) -> torch.Tensor:
    return torch.randint(0, vocab, (1, n), generator=torch.Generator().manual_seed(n))


def _load_ratio(model: SambaY) -> dict[str, float]:
    from safetensors.torch import save_file

    from agentlib.engine.testing import checkpoint_tensors

    with tempfile.TemporaryDirectory() as folder:
        (__import__("pathlib").Path(folder) / "config.json").write_text(json.dumps(model.config.to_dict()))
        save_file(checkpoint_tensors(model), f"{folder}/model.safetensors")
        out = subprocess.run([sys.executable, "-c", _LOAD_PROBE, folder], capture_output=True, text=True, check=True)
    probe = json.loads(out.stdout.strip().splitlines()[-1])
    return {"load_peak_rss_ratio": (probe["peak"] - probe["before"]) / probe["weights"],
            "load_weights_mb": probe["weights"] / 2**20}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", choices=["scaled", "plan"], default="scaled")


def run(args: argparse.Namespace) -> dict:
    """Run every engine figure; returns one flat dict (see module docstring)."""
    scale = 16 if args.quick else 1
    repeats = args.repeats
    name = getattr(args, "config", "scaled")
    config = BENCH_CONFIGS[name]()
    model = SambaY(config, device=args.device)
    vocab = config.vocab_size
    n1k, n4k, n16k, n32k = 1024 // scale, 4096 // scale, 16384 // scale, 32768 // scale
    model(_ids(64, vocab))  # warm-up
    result: dict = {"config": f"{name} (hidden {config.hidden_size}, {config.num_hidden_layers} layers, vocab "
                              f"{vocab}, fp32)", "quick": bool(args.quick), "threads": torch.get_num_threads()}

    # Prefill scaling and the cross-decoder skip.
    t4k = _time(lambda: model(_ids(n4k, vocab)), repeats)
    state32k = model.new_state()
    start = time.perf_counter()
    model(_ids(n32k, vocab), state32k)
    t32k = time.perf_counter() - start
    ids16k = _ids(n16k, vocab)
    runs = 1 if args.quick else 3
    t16k_last = _time(lambda: model(ids16k), runs)
    t16k_every = _time(lambda: model(ids16k, prune=False), runs)
    result.update(prefill_4k_ms=t4k * 1e3, prefill_32k_ms=t32k * 1e3, prefill_ratio_32k_4k=t32k / t4k,
                  prefill_16k_pruned_ms=t16k_last * 1e3, prefill_16k_unpruned_ms=t16k_every * 1e3,
                  prefill_skip_speedup_16k=t16k_every / t16k_last)

    # Decode after a short and a long history, interleaved with read-bandwidth probes on this thread.
    state1k = model.new_state()
    model(_ids(n1k, vocab), state1k)
    decode = measure(model, {n1k: state1k, n32k: state32k}, 2 if args.quick else max(5, repeats))
    short, long_ = decode[str(n1k)], decode[str(n32k)]
    ratio_key = next(k for k in decode if k.startswith("decode_ratio"))
    result.update(decode_1k_ms=short["step_ms"], decode_32k_ms=long_["step_ms"], decode_ratio_32k_1k=decode[ratio_key],
                  decode_tokens_per_s_1k=short["tokens_per_s"], read_bandwidth_gb_s=decode["read_bandwidth_gb_s"],
                  decode_bytes_read_mb_32k=long_["bytes_per_step_mb"],
                  decode_bandwidth_share=long_["decode_bandwidth_share"],
                  decode_bandwidth_share_1k=short["decode_bandwidth_share"])

    # State size of the real config at 64K tokens: analytic, and measured from a real small allocation.
    real = real_config()
    analytic = InferenceState.analytic_nbytes(real, 65536, torch.bfloat16)
    fresh = InferenceState.empty(real, 1, dtype=torch.bfloat16)
    per_token = 2 * real.num_key_value_heads * real.head_dim * 2
    window_bytes = sum(2 * real.num_key_value_heads * (w.keep) * real.head_dim * 2 for w in fresh.windows.values())
    measured = fresh.nbytes() + window_bytes + 65536 * per_token
    transformer = 2 * 32 * 8 * 128 * 65536 * 2
    result.update(state_bytes_64k_real_config=analytic, state_bytes_64k_real_config_measured=measured,
                  transformer_kv_bytes_64k=transformer, state_vs_transformer_64k=transformer / analytic)
    result.update(_load_ratio(model))
    return result
