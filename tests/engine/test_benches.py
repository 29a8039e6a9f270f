"""The decode and throughput benches on tiny configs (the figures come from `agentlib bench ...`, never from
tests): byte accounting, the integration over the generation, and end-to-end runs as a user types them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import torch

from agentlib.bench.decode import step_bytes, weight_bytes
from agentlib.bench.throughput import integrate, sambay_batch, transformer_batch
from agentlib.bench.transformer import PlainTransformer
from agentlib.engine.config import LayerKind
from agentlib.engine.model import SambaY
from agentlib.engine.quant import quantize_int8
from agentlib.engine.testing import tiny_config

ENV = {**os.environ, "OMP_NUM_THREADS": "1"}


def _bench(*argv: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "agentlib.cli", "bench", *argv], capture_output=True, text=True,
                          timeout=600, env=ENV)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_step_bytes_count_the_shared_kv_once_per_reading_layer():
    config = tiny_config(num_hidden_layers=12)  # 12 layers: two cross-attention layers
    model = SambaY(config, dtype=torch.bfloat16)
    state = model.new_state()
    model(torch.arange(50)[None], state)
    need = step_bytes(model, state)
    crosses = sum(role.kind is LayerKind.CROSS for role in model.plan)
    assert crosses == 2 and need.shared_kv_reads == 1 + crosses
    assert need.shared_kv == 2 * 50 * config.num_key_value_heads * config.head_dim * 2
    assert need.weights == sum(p.numel() * 2 for p in model.parameters())  # tied head counted once
    assert need.total == need.weights + 3 * need.shared_kv + need.windows + need.mamba_states
    before = weight_bytes(model)
    quantize_int8(model)
    assert weight_bytes(model) < 0.6 * before


def test_integration_is_exact_for_step_times_linear_in_the_context():
    contexts = [2048, 10240, 18432, 26624, 34816]
    seconds = [0.01 + 1e-6 * c for c in contexts]
    exact = sum(0.01 + 1e-6 * (c + 0.5) for c in range(2048, 34816))
    assert abs(integrate(contexts, seconds) - exact) / exact < 1e-6


def test_batched_states_hold_copies_cut_to_the_context():
    config = tiny_config()
    model, baseline = SambaY(config), PlainTransformer(config)
    state, plain = model.new_state(), baseline.new_state()
    ids = torch.arange(40)[None]
    model(ids, state)
    baseline(ids, plain)
    batch = sambay_batch(state, 25, 3)
    assert batch.batch_size == 3 and batch.num_tokens == 25 and batch.shared_kv.key.shape[2] == 25
    assert torch.equal(batch.shared_kv.key[2], state.shared_kv.key[0, :, :25])
    assert batch.shared_kv.key_buffer.data_ptr() != state.shared_kv.key_buffer.data_ptr()
    copies = transformer_batch(plain, 25, 3)
    assert len(copies.layers) == config.num_hidden_layers and copies.nbytes() == 3 * 25 * \
        PlainTransformer.kv_bytes_per_token(config, torch.float32)
    token = torch.full((3, 1), 7)
    assert model(token, batch).logits.shape == (3, 1, 512) and baseline(token, copies).shape == (3, 1, 512)


def test_bench_decode_quick_end_to_end():
    figures = _bench("decode", "--config", "tiny", "--dtype", "int8", "--quick", "--threads", "1",
                     "--contexts", "256,1024")
    assert figures["contexts"] == [16, 64] and figures["threads"] == 1
    for context in ("16", "64"):
        row = figures[context]
        assert row["bytes"]["shared_kv_reads"] == 2 and 0 < row["decode_bandwidth_share"] < 10
        assert row["tokens_per_s"] > 0 and figures["bf16"][context]["tokens_per_s"] > 0
    assert figures["64"]["bytes_per_step_mb"] > figures["16"]["bytes_per_step_mb"]
    assert figures["weights_gb_int8"] < 0.6 * figures["weights_gb"]
    assert figures["int8_speedup_vs_bf16_longest"] > 0 and "decode_ratio_64_16" in figures


def test_bench_throughput_quick_end_to_end():
    figures = _bench("throughput", "--config", "tiny", "--quick", "--threads", "1", "--memory-budget", "0.05")
    sambay, transformer = figures["sambay"], figures["transformer"]
    assert figures["contexts"] == [128, 384, 640]
    assert sambay["batch"] > transformer["batch"] >= 1  # the transformer's cache grows in every layer
    assert sambay["state_mb_per_sequence"] < transformer["state_mb_per_sequence"]
    assert figures["throughput_speedup"] > 0 and figures["batch1_speedup"] > 0
