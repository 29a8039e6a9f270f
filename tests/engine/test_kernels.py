"""Kernel references against naive formulas, and the kernel choice machinery."""

from __future__ import annotations

import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.engine import chunking, kernels
from agentlib.errors import ConfigError, DependencyMissing


def naive_scan(u, delta, A, B, C, D, h0):
    h, ys = h0.clone(), []
    for t in range(u.shape[1]):
        h = torch.exp(delta[:, t, :, None] * A) * h + (delta[:, t] * u[:, t])[..., None] * B[:, t, None, :]
        ys.append((h * C[:, t, None, :]).sum(-1) + D * u[:, t])
    return torch.stack(ys, dim=1), h


@settings(max_examples=15, deadline=None)
@given(batch=st.integers(1, 3), length=st.integers(1, 40), chunk=st.sampled_from([1, 3, 16, 256]),
       seed=st.integers(0, 99))
def test_selective_scan_matches_naive_recurrence(batch, length, chunk, seed):
    g = torch.Generator().manual_seed(seed)
    e, n = 6, 4
    u, C, B = torch.randn(batch, length, e, generator=g), torch.randn(batch, length, n, generator=g), \
        torch.randn(batch, length, n, generator=g)
    delta = torch.rand(batch, length, e, generator=g) * 0.5
    A, D, h0 = -torch.rand(e, n, generator=g) * 3, torch.randn(e, generator=g), torch.randn(batch, e, n, generator=g)
    y, h = kernels.selective_scan_reference(u, delta, A, B, C, D, h0, chunk)
    y_ref, h_ref = naive_scan(u, delta, A, B, C, D, h0)
    torch.testing.assert_close(y, y_ref, atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(h, h_ref, atol=1e-5, rtol=1e-5)


def test_causal_conv_equals_zero_padded_conv():
    g = torch.Generator().manual_seed(0)
    x, w, b = torch.randn(2, 5, 9, generator=g), torch.randn(5, 1, 4, generator=g), torch.randn(5, generator=g)
    full = kernels.causal_conv(torch.zeros(2, 5, 3), x, w, b)
    expected = torch.stack([
        torch.nn.functional.silu(b + sum(w[:, 0, k] * (x[..., t - 3 + k] if t - 3 + k >= 0 else 0) for k in range(4)))
        for t in range(9)], dim=-1)
    torch.testing.assert_close(full, expected, atol=1e-5, rtol=1e-5)
    tail = kernels.causal_conv(x[..., 3:6], x[..., 6:], w, b)  # the past carries the conv across a split
    torch.testing.assert_close(tail, full[..., 6:], atol=1e-6, rtol=1e-6)
    for t in range(3, 9):  # the one-token (decode) path
        step = kernels.causal_conv(x[..., t - 3: t], x[..., t: t + 1], w, b)
        torch.testing.assert_close(step, full[..., t: t + 1], atol=1e-6, rtol=1e-6)


@pytest.mark.parametrize("window", [None, 1, 3, 7])
def test_attend_matches_explicit_softmax(monkeypatch, window):
    monkeypatch.setattr(chunking, "ATTENTION_QUERY_BLOCK", 4)
    g = torch.Generator().manual_seed(1)
    q, k, v = torch.randn(1, 2, 10, 8, generator=g), torch.randn(1, 2, 15, 8, generator=g), \
        torch.randn(1, 2, 15, 16, generator=g)
    q_pos, k_pos = torch.arange(5, 15), torch.arange(15)
    out = kernels.attend(q, k, v, q_pos=q_pos, k_pos=k_pos, window=window, scale=8 ** -0.5)
    scores = q @ k.transpose(-1, -2) / math.sqrt(8)
    diff = q_pos[:, None] - k_pos[None]
    allowed = (diff >= 0) & ((diff < window) if window else True)
    expected = torch.softmax(scores.masked_fill(~allowed, float("-inf")), dim=-1) @ v
    torch.testing.assert_close(out, expected, atol=1e-5, rtol=1e-5)


def test_attend_key_valid_masks_padding():
    g = torch.Generator().manual_seed(2)
    q, k, v = torch.randn(1, 1, 3, 4, generator=g), torch.randn(1, 1, 6, 4, generator=g), torch.randn(1, 1, 6, 4, generator=g)
    valid = torch.tensor([[False, False, True, True, True, True]])
    out = kernels.attend(q, k, v, q_pos=torch.arange(3, 6), k_pos=torch.arange(6), key_valid=valid, scale=0.5)
    ref = kernels.attend(q, k[:, :, 2:], v[:, :, 2:], q_pos=torch.arange(1, 4), k_pos=torch.arange(4), scale=0.5)
    torch.testing.assert_close(out, ref, atol=1e-6, rtol=1e-6)


def test_kernel_choice_is_forced_and_described():
    with kernels.use_kernels("reference") as choice:
        assert choice.mode == "reference"
        assert "reference" in kernels.describe()
    with pytest.raises(ConfigError, match="AGENTLIB_KERNELS"):
        with kernels.use_kernels("turbo"):
            pass


def test_missing_fast_kernel_raises_with_install_hint(monkeypatch):
    def missing():
        raise ImportError("No module named 'mamba_ssm'")

    monkeypatch.setattr(kernels, "_load_fast", missing)
    with pytest.raises(DependencyMissing, match="pip install mamba-ssm"):
        with kernels.use_kernels("fast"):
            pass
    with kernels.use_kernels("auto") as choice:
        assert choice.mode == "reference" and "not importable" in choice.reason


@settings(max_examples=30, deadline=None)
@given(heads=st.sampled_from([(2, 2), (4, 2), (8, 2), (8, 4), (6, 2)]), tq=st.integers(1, 6), past=st.integers(0, 9),
       window=st.sampled_from([None, 1, 3, 8]), padded=st.booleans(), shuffle=st.booleans(), seed=st.integers(0, 99))
def test_folded_differential_attention_equals_expanded(heads, tq, past, window, padded, shuffle, seed):
    """The folded path (decode, extend, picked positions) against the stripes-expanded reference, with query
    positions out of order, windows and left padding (a query on a pad sees only its own key)."""
    g = torch.Generator().manual_seed(seed)
    h, kv = heads
    bsz, s, hd = 2, past + tq, 4
    q, k, v = (torch.randn(bsz, n, m, hd, generator=g) for n, m in ((h, tq), (kv, s), (kv, s)))
    q_pos = torch.arange(past, s)
    if shuffle:
        q_pos = q_pos[torch.randperm(tq, generator=g)]
    valid = None
    if padded:
        valid = torch.ones(bsz, s, dtype=torch.bool)
        valid[1, : int(torch.randint(0, s, (1,), generator=g))] = False
    args = dict(q_pos=q_pos, k_pos=torch.arange(s), window=window, key_valid=valid, scale=0.5)
    got = kernels.differential_attention(q, k, v, folded=True, **args)
    want = kernels.differential_attention(q, k, v, folded=False, **args)
    for a, b in zip(got, want):
        torch.testing.assert_close(a, b, atol=1e-5, rtol=1e-5)

