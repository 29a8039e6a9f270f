"""The C decode kernels (cpu_rows) against PyTorch: the raw kernels, `kernels.linear`, the folded attention and
whole decode steps. Skipped where no C compiler builds them."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from agentlib.engine import cpu_rows, kernels
from agentlib.engine.model import SambaY
from agentlib.engine.testing import tiny_config


@pytest.fixture
def lib():
    """The compiled library, with torch on one thread (the only setting in which kernels.py picks it)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        library = kernels.cpu_rows_library(torch.zeros(1))
        if library is None:
            pytest.skip(f"C decode kernels unavailable: {kernels.describe()}")
        yield library
    finally:
        torch.set_num_threads(threads)


@pytest.mark.parametrize("m", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("k", [4, 64, 100, 512])
@pytest.mark.parametrize("n", [1, 17, 64, 100])
def test_rows_dot_equals_matmul(lib, m, k, n):
    g = torch.Generator().manual_seed(m * 1000 + k * 10 + n)
    weight = torch.randn(n, k + 3, generator=g)[:, :k]  # row stride != K, as a sliced Wqkv or KV stripe
    x = torch.randn(m, k, generator=g)
    out = torch.full((m, n + 5), float("nan"))[:, :n]  # strided output rows, as the folded scores
    cpu_rows.rows_dot(lib, x, weight, out)
    torch.testing.assert_close(out, x @ weight.t(), atol=1e-4, rtol=1e-5)


@pytest.mark.parametrize("m", [1, 2, 4, 5])
@pytest.mark.parametrize("s", [1, 7, 300])
@pytest.mark.parametrize("n", [4, 64, 70, 128])
def test_weighted_rows_equals_matmul(lib, m, s, n):
    g = torch.Generator().manual_seed(m * 1000 + s * 10 + n)
    p = torch.rand(m, s, generator=g)
    v = torch.randn(s, n + 2, generator=g)[:, :n]
    out = torch.full((m, 2 * n), float("nan"))[:, :n]
    cpu_rows.weighted_rows(lib, p, v, out)
    torch.testing.assert_close(out, p @ v, atol=1e-4, rtol=1e-5)


def test_linear_routes_one_row_and_keeps_bias(lib):
    g = torch.Generator().manual_seed(0)
    weight, bias, x = torch.randn(1000, 512, generator=g), torch.randn(1000, generator=g), torch.randn(1, 1, 512)
    got = kernels.linear(x, weight, bias)
    assert got.shape == (1, 1, 1000)
    torch.testing.assert_close(got, F.linear(x, weight, bias), atol=1e-4, rtol=1e-5)


@pytest.mark.parametrize("window", [None, 40])
@pytest.mark.parametrize("bsz", [1, 2])
def test_folded_attention_with_c_kernels_equals_reference(lib, window, bsz):
    """Decode shape with a head dim of 64 (the specialised key kernel) over 300 keys of a larger cache buffer
    (as the shared KV is held), windowed or not."""
    g = torch.Generator().manual_seed(1)
    q = torch.randn(bsz, 8, 1, 64, generator=g)
    k, v = (torch.randn(bsz, 4, 320, 64, generator=g)[:, :, :300] for _ in range(2))
    args = dict(q_pos=torch.tensor([299]), k_pos=torch.arange(300), window=window, key_valid=None, scale=0.125)
    got = kernels.differential_attention(q, k, v, folded=True, **args)
    with kernels.use_kernels("reference"):
        assert kernels.cpu_rows_library(q) is None  # forced reference turns the C kernels off too
        want = kernels.differential_attention(q, k, v, folded=False, **args)
    for a, b in zip(got, want):
        torch.testing.assert_close(a, b, atol=1e-5, rtol=1e-5)


def test_decode_steps_with_c_kernels_equal_reference_logits(lib):
    """Widths of 64+ so every Linear and both attention products take the C path; prefill then 4 steps."""
    config = tiny_config(hidden_size=128, intermediate_size=256, num_attention_heads=2, num_key_value_heads=2,
                         sliding_window=16)
    model = SambaY(config, seed=3)
    ids = torch.randint(0, config.vocab_size, (1, 24), generator=torch.Generator().manual_seed(2))
    logits = {}
    for mode in ("auto", "reference"):
        with kernels.use_kernels(mode):
            state = model.new_state()
            steps = [model(ids[:, :20], state).logits]
            steps += [model(ids[:, i: i + 1], state).logits for i in range(20, 24)]
            logits[mode] = torch.cat(steps, dim=1)
    torch.testing.assert_close(logits["auto"], logits["reference"], atol=1e-4, rtol=1e-4)
    assert not torch.equal(logits["auto"], logits["reference"])  # the C path really ran (sums differ in order)


@pytest.mark.parametrize("s", [1, 15, 16, 33, 1000])
def test_softmax_rows_equals_torch_and_zeroes_masked_keys(lib, s):
    g = torch.Generator().manual_seed(s)
    x = torch.randn(3, s + 4, generator=g)[:, :s] * 30  # strided rows, logits far apart
    if s > 1:
        x[1, ::2] = float("-inf")  # masked keys
    want = torch.softmax(x, dim=-1)
    got = cpu_rows.softmax_rows(lib, x.clone())
    torch.testing.assert_close(got, want, atol=1e-6, rtol=1e-5)
    if s > 1:
        assert bool((got[1, ::2] == 0).all())


def test_without_a_compiler_the_pytorch_path_runs_and_says_why(tmp_path, monkeypatch):
    """No C compiler (or a broken one): load() reports why, and decode still gives the reference logits."""
    monkeypatch.setenv("CC", str(tmp_path / "no-such-cc"))
    monkeypatch.setenv("AGENTLIB_CACHE", str(tmp_path / "cache"))
    library, reason = cpu_rows.load()
    assert library is None and "unavailable" in reason and "no-such-cc" in reason
    monkeypatch.setattr(kernels, "_cpu_rows", (None, reason))
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        assert kernels.cpu_rows_library(torch.zeros(1)) is None
        assert "unavailable" in kernels.describe()
        config = tiny_config(hidden_size=128, intermediate_size=256, num_attention_heads=2, num_key_value_heads=2)
        model = SambaY(config, seed=5)
        ids = torch.randint(0, config.vocab_size, (1, 12), generator=torch.Generator().manual_seed(4))
        fallback = model(ids).logits
        with kernels.use_kernels("reference"):
            reference = model(ids).logits
        torch.testing.assert_close(fallback, reference, atol=0, rtol=0)
    finally:
        torch.set_num_threads(threads)
