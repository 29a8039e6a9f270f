"""Weight-only int8: the rounding itself (hypothesis), loading vs quantizing in place, and the logits error
against bf16 on the golden fixtures (stated tolerances), plus the runnable example."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.engine.model import SambaY
from agentlib.engine.quant import (
    Int8Embedding,
    Int8Linear,
    bf16_ceiling,
    dequantize,
    is_quantized,
    quantize_int8,
    quantize_rows,
)
from agentlib.engine.quant_error import fixture_errors, fixture_errors_wide, greedy_logits, logits_error, wide_errors
from agentlib.errors import InputError
from tests.engine._helpers_model import FIXTURES

ROOT = Path(__file__).resolve().parents[2]


@settings(max_examples=40, deadline=None)
@given(rows=st.integers(1, 40), cols=st.integers(1, 70), scale=st.floats(1e-6, 1e3), seed=st.integers(0, 999))
def test_rows_round_to_the_nearest_step_of_their_own_scale(rows, cols, scale, seed):
    w = torch.randn(rows, cols, generator=torch.Generator().manual_seed(seed)) * scale
    w[0] = 0.0  # a zero row stays exactly zero
    q, s = quantize_rows(w)
    assert q.dtype == torch.int8 and s.dtype == torch.float32 and s.shape == (rows,)
    assert int(q.abs().max()) <= 127
    assert torch.equal(s.to(torch.bfloat16).float(), s)  # exact in bf16: see the next test
    error = (dequantize(q, s) - w).abs()
    assert bool((error <= s[:, None] * 0.5 * (1 + 1e-5) + 1e-30).all())
    assert bool((dequantize(q, s)[0] == 0).all())


def test_scales_are_exact_in_bf16_so_every_int8_path_dequantizes_alike():
    """Regression: scales were fp32 (max|w| / 127); PyTorch's int8 GEMV takes them in the activation dtype, so with
    bf16 activations its side rounded each row's scale (up to 2^-9 of it) where the C kernel did not, and the
    per-shape kernel choice changed the weights a bf16 int8 model used."""
    w = torch.randn(64, 96, generator=torch.Generator().manual_seed(3))
    q, s = quantize_rows(w)
    assert torch.equal(dequantize(q, s), dequantize(q, s.to(torch.bfloat16).float()))
    assert torch.equal(s, bf16_ceiling(w.abs().amax(dim=1) / 127))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(1e-35, 1e35), min_size=1, max_size=20))
def test_bf16_ceiling_is_the_smallest_bf16_value_not_below_x(values):
    x = torch.tensor(values, dtype=torch.float32)
    up = bf16_ceiling(x)
    assert torch.equal(up.to(torch.bfloat16).float(), up)
    assert bool((up >= x).all()) and bool((up <= x * (1 + 2 ** -7)).all())
    below = torch.nextafter(up.to(torch.bfloat16), torch.zeros(1, dtype=torch.bfloat16)).float()
    assert bool((below < x).all())


def test_non_finite_weights_are_refused():
    with pytest.raises(InputError, match="inf or NaN"):
        quantize_rows(torch.tensor([[1.0, float("nan")]]))


def test_loading_int8_equals_quantizing_the_loaded_model():
    folder = FIXTURES / "config_a"
    loaded = SambaY.from_pretrained(folder, dtype=torch.bfloat16, quantize="int8")
    converted = quantize_int8(SambaY.from_pretrained(folder, dtype=torch.bfloat16))
    assert is_quantized(loaded) and isinstance(loaded.embed_tokens, Int8Embedding)
    assert isinstance(loaded.layers[0].mlp.fc1, Int8Linear)
    for (name, a), (_, b) in zip(sorted(loaded.state_dict().items()), sorted(converted.state_dict().items())):
        assert torch.equal(a, b), name


def test_int8_error_against_bf16_on_the_golden_fixtures():
    """Stated tolerances on the tiny random fixtures (hidden 64: int8's rounding is large next to their logit
    gaps; measured: top-1 agreement 0.9375 on both (15 of 16), KL 0.021-0.022, max |difference| 1.20-1.26)."""
    errors = fixture_errors(FIXTURES)
    assert set(errors) == {"config_a", "config_b"}
    for name, error in errors.items():
        assert error["top1_agreement"] >= 0.8, (name, error)
        assert error["kl"] < 0.05 and error["max_abs"] < 1.5, (name, error)


def test_wide_errors_pool_every_position_of_every_prompt():
    model = SambaY.from_pretrained(FIXTURES / "config_b", dtype=torch.float32)
    int8 = SambaY.from_pretrained(FIXTURES / "config_b", dtype=torch.float32, quantize="int8")
    prompts = [torch.tensor([[5, 9, 200, 31]]), torch.tensor([[77, 3]])]
    assert wide_errors(model, model, prompts, steps=5) == {"max_abs": 0.0, "kl": 0.0, "top1_agreement": 1.0,
                                                           "positions": 10.0}
    pairs = [greedy_logits(model, int8, p, 5) for p in prompts]
    pooled = logits_error(torch.cat([r for r, _ in pairs]), torch.cat([o for _, o in pairs]))
    assert wide_errors(model, int8, prompts, steps=5) == {**pooled, "positions": 10.0}
    assert pooled["kl"] > 0


def test_the_wide_measurement_reports_bf16s_own_floor():
    """On these flat random fixtures bf16 alone misses fp32's top-1 at some positions: the floor the int8 figure
    is read against (measured with 6 prompts x 64 steps: bf16 0.958 on both, int8 0.888 / 0.891)."""
    errors = fixture_errors_wide(FIXTURES / "config_a", prompts=2, steps=32)
    floor, int8 = errors["config_a"]["bf16_vs_fp32"], errors["config_a"]["int8_vs_bf16"]
    assert floor["positions"] == int8["positions"] == 64
    assert int8["kl"] > floor["kl"] > 0
    assert 0.8 <= int8["top1_agreement"] <= 1 and 0.8 <= floor["top1_agreement"] <= 1


def test_logits_error_measures_what_it_says():
    ref = torch.tensor([[2.0, 0.0, -1.0], [0.0, 1.0, 0.0]])
    same = logits_error(ref, ref)
    assert same == {"max_abs": 0.0, "kl": 0.0, "top1_agreement": 1.0}
    other = logits_error(ref, torch.tensor([[2.0, 0.5, -1.0], [1.5, 1.0, 0.0]]))
    assert other["max_abs"] == 1.5 and other["top1_agreement"] == 0.5 and other["kl"] > 0


def test_example_runs():
    done = subprocess.run([sys.executable, str(ROOT / "examples" / "engine_int8.py")], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert done.returncode == 0, done.stderr
    assert "int8 vs bf16 along bf16's greedy continuation: top-1 agreement" in done.stdout
    sizes = done.stdout.split("weights: bf16 ")[1].split(" MB, int8 ")
    assert float(sizes[1].split()[0]) < 0.6 * float(sizes[0])
