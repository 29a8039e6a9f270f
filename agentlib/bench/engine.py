"""`agentlib bench engine`: SambaY engine scaling figures on the scaled config (random weights, fp32).

Figures (one process, side by side; medians of `--repeats` runs for sizes up to 4K, of one run above — a 32K
prefill alone takes minutes on one CPU thread):
- `prefill_ratio_32k_4k`: prefill time at 32K / 4K tokens (linear would be 8; layer L/2+1 is quadratic).
- `prefill_skip_speedup_16k`: 16K prefill with the cross-decoder on every position / on the last only.
- `decode_ratio_32k_1k`: one decode step after a 32K history / after 1K (medians of max(5, repeats) steps).
- `decode_bandwidth_share`: (bytes a decode step must read / measured copy bandwidth) / step time.
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

from agentlib.engine.cache import InferenceState
from agentlib.engine.config import real_config, scaled_config
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


def _copy_bandwidth(repeats: int) -> float:
    """Bytes per second of a large tensor copy (read + write counted). The source is written first: pages
    never touched read as the kernel's shared zero page, which inflated the figure ~1.6x."""
    src = torch.empty(64 * 2**20 // 4).fill_(1.0)
    dst = torch.empty_like(src)
    seconds = _time(lambda: dst.copy_(src), max(3, repeats))
    return 2 * src.numel() * 4 / seconds


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


def run(args: argparse.Namespace) -> dict:
    """Run every engine figure; returns one flat dict (see module docstring)."""
    scale = 16 if args.quick else 1
    repeats = args.repeats
    config = scaled_config()
    model = SambaY(config, device=args.device)
    vocab = config.vocab_size
    n1k, n4k, n16k, n32k = 1024 // scale, 4096 // scale, 16384 // scale, 32768 // scale
    model(_ids(64, vocab))  # warm-up
    result: dict = {"config": "scaled (hidden 512, 8 layers, vocab 32000, fp32)", "quick": bool(args.quick),
                    "threads": torch.get_num_threads()}

    # Prefill scaling and the cross-decoder skip.
    t4k = _time(lambda: model(_ids(n4k, vocab)), repeats)
    state32k = model.new_state()
    start = time.perf_counter()
    model(_ids(n32k, vocab), state32k)
    t32k = time.perf_counter() - start
    ids16k = _ids(n16k, vocab)
    t16k_last = _time(lambda: model(ids16k), 1)
    t16k_all = _time(lambda: model(ids16k, logits_at="all"), 1)
    result.update(prefill_4k_ms=t4k * 1e3, prefill_32k_ms=t32k * 1e3, prefill_ratio_32k_4k=t32k / t4k,
                  prefill_16k_last_ms=t16k_last * 1e3, prefill_16k_all_ms=t16k_all * 1e3,
                  prefill_skip_speedup_16k=t16k_all / t16k_last)

    # Decode after a short and a long history: consecutive steps on the live state (the history grows by a
    # handful of tokens, negligible next to 1K/32K).
    state1k = model.new_state()
    model(_ids(n1k, vocab), state1k)
    token = torch.tensor([[7]], device=model.device)
    steps = max(5, repeats)
    model(token, state1k), model(token, state32k)  # warm-up; buffers grow once here
    d1k_net = _time(lambda: model(token, state1k), steps)
    d32k_net = _time(lambda: model(token, state32k), steps)
    weight_bytes = sum(p.numel() * p.element_size() for p in model.parameters())
    read_bytes = weight_bytes + state32k.nbytes()
    bandwidth = _copy_bandwidth(repeats)
    result.update(decode_1k_ms=d1k_net * 1e3, decode_32k_ms=d32k_net * 1e3, decode_ratio_32k_1k=d32k_net / d1k_net,
                  decode_tokens_per_s_1k=1 / d1k_net, copy_bandwidth_gb_s=bandwidth / 1e9,
                  decode_bytes_read_mb=read_bytes / 2**20,
                  decode_bandwidth_share=(read_bytes / bandwidth) / d32k_net)

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
