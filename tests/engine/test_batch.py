"""InferenceState operations (clone, repeat, select, save/load, sizes) and batched / padded input checks."""

from __future__ import annotations

import pytest
import torch
from safetensors.torch import load_file, save_file

from agentlib.engine.cache import InferenceState
from agentlib.engine.config import real_config
from agentlib.engine.model import SambaY
from agentlib.engine.testing import tiny_config
from agentlib.errors import CheckpointError, InputError

ATOL = 1e-4


@pytest.fixture(scope="module")
def model() -> SambaY:
    return SambaY(tiny_config(sliding_window=5, mamba_d_conv=3), seed=7)


def _ids(n: int, seed: int = 0, batch: int = 1) -> torch.Tensor:
    return torch.randint(0, 512, (batch, n), generator=torch.Generator().manual_seed(seed))


def test_clone_is_independent(model):
    state = model.new_state()
    model(_ids(11), state)
    copy = state.clone()
    step = _ids(3, seed=1)
    a = model(step, state).logits
    model(_ids(4, seed=2), copy)  # advancing the copy must not touch the original's future
    b_state = state.clone()
    assert state.num_tokens == 14 and copy.num_tokens == 15
    fresh = model.new_state()
    model(torch.cat([_ids(11), step], dim=1), fresh)
    torch.testing.assert_close(model(_ids(1, 5), b_state).logits, model(_ids(1, 5), fresh).logits, atol=ATOL, rtol=ATOL)
    assert a.shape == (1, 1, 512)


def test_repeat_then_select_matches_single(model):
    state = model.new_state()
    model(_ids(9), state)
    many = state.repeat(3)
    nxt = torch.tensor([[4], [5], [6]])
    logits = model(nxt, many).logits[:, 0]
    for r in range(3):
        single = state.clone()
        torch.testing.assert_close(model(nxt[r: r + 1], single).logits[0, 0], logits[r], atol=ATOL, rtol=ATOL)
    row = many.select(1)
    assert row.batch_size == 1 and row.num_tokens == 10
    again = state.clone()
    model(nxt[1:2], again)
    torch.testing.assert_close(model(_ids(2, 3), row).logits, model(_ids(2, 3), again).logits, atol=ATOL, rtol=ATOL)
    with pytest.raises(InputError, match="out of range"):
        many.select(5)
    with pytest.raises(InputError, match="batch-1"):
        many.repeat(2)


def test_save_and_load_state_through_safetensors(model, tmp_path):
    state = model.new_state()
    model(_ids(13), state)
    path = tmp_path / "state.safetensors"
    save_file(state.to_tensors(), str(path))
    loaded = InferenceState.from_tensors(model.config, load_file(str(path)))
    assert loaded.num_tokens == 13 and loaded.nbytes() == state.nbytes()
    torch.testing.assert_close(model(_ids(5, 9), loaded, logits_at="all").logits,
                               model(_ids(5, 9), state, logits_at="all").logits, atol=0, rtol=0)
    tensors = load_file(str(path))
    tensors.pop("layer1.key")
    with pytest.raises(CheckpointError, match="layer1.key"):
        InferenceState.from_tensors(model.config, tensors)
    tensors = load_file(str(path))
    tensors["layer0.ssm"] = torch.zeros(1, 3, 3)
    with pytest.raises(CheckpointError, match="layer0.ssm"):
        InferenceState.from_tensors(model.config, tensors)


@pytest.mark.parametrize("tokens", [0, 2, 4, 30])
def test_nbytes_equals_analytic(model, tokens):
    state = model.new_state(2)
    if tokens:
        model(_ids(tokens, batch=2), state)
    assert state.nbytes() == InferenceState.analytic_nbytes(model.config, tokens, torch.float32, batch=2)


def test_real_config_state_at_64k_is_small():
    config = real_config()
    state = InferenceState.analytic_nbytes(config, 65536, torch.bfloat16)
    shared = 2 * 20 * 65536 * 64 * 2
    assert shared < state < shared + 30 * 2**20  # fixed part: conv + fp32 SSM + SWA windows, < 30 MiB
    transformer = 2 * 32 * 8 * 128 * 65536 * 2
    assert 20 < transformer / state < 30


def test_padding_never_leaks(model):
    ids = _ids(6, batch=2)
    mask = torch.tensor([[0, 0, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]])
    other = ids.clone()
    other[0, :2] = torch.tensor([1, 2])  # different pad ids must not matter
    a = model(ids, attention_mask=mask).logits
    b = model(other, attention_mask=mask).logits
    torch.testing.assert_close(a, b, atol=0, rtol=0)
    torch.testing.assert_close(a[0], model(ids[:1, 2:]).logits[0], atol=ATOL, rtol=ATOL)


def test_bad_masks_logits_at_and_batch(model):
    ids = _ids(4, batch=2)
    with pytest.raises(InputError, match="left padding"):
        model(ids, attention_mask=torch.tensor([[1, 0, 1, 1], [1, 1, 1, 1]]))
    with pytest.raises(InputError, match="shape"):
        model(ids, attention_mask=torch.ones(2, 3))
    with pytest.raises(InputError, match="only 0"):
        model(ids, attention_mask=torch.full((2, 4), 2))
    with pytest.raises(InputError, match="at least one token"):
        model(ids, attention_mask=torch.tensor([[0, 0, 0, 0], [1, 1, 1, 1]]))
    state = model.new_state(2)
    model(ids, state)
    with pytest.raises(InputError, match="fresh state"):
        model(ids, state, attention_mask=torch.tensor([[0, 1, 1, 1], [1, 1, 1, 1]]))
    with pytest.raises(InputError, match="batch of 2"):
        model(_ids(2), state)
    with pytest.raises(InputError, match="logits_at"):
        model(ids, logits_at="first")
    with pytest.raises(InputError, match=r"\[0, 4\)"):
        model(ids, logits_at=torch.tensor([4]))
    with pytest.raises(InputError, match="at least one token"):
        model(torch.zeros(1, 0, dtype=torch.long))


def test_bench_engine_quick_end_to_end():
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "agentlib", "bench", "engine", "--quick", "--repeats", "1"],
                         capture_output=True, text=True, timeout=300, env={**__import__("os").environ,
                                                                          "OMP_NUM_THREADS": "1"})
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    for key in ("prefill_ratio_32k_4k", "prefill_skip_speedup_16k", "decode_ratio_32k_1k", "decode_bandwidth_share",
                "load_peak_rss_ratio", "state_vs_transformer_64k"):
        assert 0 < figures[key] < 1000, key
    assert figures["state_bytes_64k_real_config"] == figures["state_bytes_64k_real_config_measured"]
    assert 20 < figures["state_vs_transformer_64k"] < 30
    assert figures["load_peak_rss_ratio"] < 1.3
