"""Numeric kernels of the SambaY engine: PyTorch references plus optional CUDA fast paths.

The references are the spec, the CPU path and the test oracle:
- `selective_scan`: Mamba-1 recurrence h_t = exp(Δ_t A) h_{t-1} + Δ_t x_t B_t, y_t = C_t·h_t + D x_t, in fp32,
  over time chunks with preallocated buffers (spec 3.3 steps 5-7);
- `causal_conv`: depthwise causal conv over [past raw inputs | new inputs] then SiLU (spec 3.3 step 2);
- `attend`: softmax attention through `scaled_dot_product_attention` with masks built from absolute
  positions (causal, optional window of sw keys including the query, optional key validity), run in query
  blocks so memory stays linear in the sequence length;
- `differential_attention`: the two softmax maps of differential attention (spec 3.4) with their shared
  values. Many queries (prefill): stripes and GQA expanded, then `attend`. Few queries (decode, extend, the
  picked positions): GQA groups folded into the query axis, so each key and value is read once and nothing
  is copied; a decode step at 32K is bound by reading the shared KV, not by re-laying it out.
- `linear`: F.linear; a single fp32 CPU row (decode) goes through `cpu_rows.rows_dot` when chosen.

Decode on one CPU thread (CPU only): `cpu_rows`' C kernels for a one-token Linear and the folded attention
(K·qᵀ, softmax, P·V; at most ROWS_MAX_QUERIES query rows per KV head), ~2x MKL's bandwidth on these skinny
shapes. Compiled on first CPU use (a C compiler, else the PyTorch path); used only with one torch thread (MKL's
threads serve more), without autograd, and never under `use_kernels("reference")`.

Fast paths (CUDA only): mamba-ssm's `selective_scan_fn` (fresh state) and `selective_state_update` (decode).
The choice is made once, on first use, never at import; `describe()` shows it and why. Force a side with
the environment variable `AGENTLIB_KERNELS=reference|fast|auto` (read at first use) or `use_kernels(...)`.
A requested but missing fast kernel raises DependencyMissing with an install hint.

Left out: flash-attn (SDPA already dispatches to fused attention on CUDA), causal-conv1d (the conv is a
tiny share of the time).
"""

from __future__ import annotations

import contextlib
import importlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F

from agentlib.errors import ConfigError, DependencyMissing

SCAN_CHUNK = 64  # steps per batch of exp/products: 64 keeps them in L2 (1.5x faster than 256 on CPU)
ATTENTION_QUERY_BLOCK = 1024
PREFILL_CHUNK_CPU = 2048  # tokens per self-decoder pass on CPU (see `prefill_chunk`)
ROWS_MAX_QUERIES = 4  # query rows per KV head up to which P·V streams V through `cpu_rows` (one pass)
FOLDED_MAX_SCORES = 1 << 22  # score-matrix elements up to which `differential_attention` folds (16 MiB fp32)
_MODES = ("auto", "reference", "fast")


@dataclass(frozen=True)
class KernelChoice:
    """Which implementation runs, and why."""

    mode: str
    fast_scan: Any  # the mamba-ssm functions when mode is "fast", else None
    fast_state_update: Any
    reason: str
    cpu_decode: bool = True  # may `cpu_rows` serve one-token CPU steps (False when reference is forced)


_choice: KernelChoice | None = None
_forced: str | None = None
_cpu_rows: tuple[Any, str] | None = None  # (library or None, reason), built on first CPU use


def _load_fast() -> tuple[Any, Any]:
    scan_mod = importlib.import_module("mamba_ssm.ops.selective_scan_interface")
    step_mod = importlib.import_module("mamba_ssm.ops.triton.selective_state_update")
    return scan_mod.selective_scan_fn, step_mod.selective_state_update


def _choose(mode: str) -> KernelChoice:
    if mode not in _MODES:
        raise ConfigError(f"AGENTLIB_KERNELS must be one of {', '.join(_MODES)}, got {mode!r}")
    if mode == "reference":
        return KernelChoice("reference", None, None, "forced: reference kernels (PyTorch)", cpu_decode=False)
    try:
        scan, step = _load_fast()
    except ImportError as exc:
        if mode == "fast":
            raise DependencyMissing(
                f"fast kernels requested but mamba-ssm is not importable ({exc}); "
                "install with `pip install mamba-ssm causal-conv1d --no-build-isolation` on a CUDA machine, "
                "or set AGENTLIB_KERNELS=reference"
            ) from exc
        return KernelChoice("reference", None, None, f"auto: mamba-ssm not importable ({exc}); PyTorch reference")
    return KernelChoice("fast", scan, step, "mamba-ssm kernels for CUDA tensors; PyTorch reference on CPU")


def current() -> KernelChoice:
    """The kernel choice, made on first call (env AGENTLIB_KERNELS, default auto)."""
    global _choice
    if _choice is None:
        _choice = _choose(_forced or os.environ.get("AGENTLIB_KERNELS", "auto"))
    return _choice


def describe() -> str:
    """One line: which kernels run and why (the CPU decode kernels once a CPU step has asked for them)."""
    choice = current()
    rows = "" if _cpu_rows is None else f"; {_cpu_rows[1]}"
    return f"kernels={choice.mode}: {choice.reason}{rows}"


def cpu_rows_library(*tensors: torch.Tensor) -> Any | None:
    """The `cpu_rows` library when it should serve these tensors: all fp32 on the CPU, no autograd, one torch
    thread, not forced to reference, and a C compiler found on first use. None otherwise."""
    global _cpu_rows
    if any(t.device.type != "cpu" or t.dtype != torch.float32 for t in tensors) or torch.get_num_threads() != 1:
        return None
    if torch.is_grad_enabled() and any(t.requires_grad for t in tensors):
        return None
    if not current().cpu_decode:
        return None
    if _cpu_rows is None:
        from agentlib.engine import cpu_rows

        _cpu_rows = cpu_rows.load()
    return _cpu_rows[0]


@contextlib.contextmanager
def use_kernels(mode: str) -> Iterator[KernelChoice]:
    """Force `reference` or `fast` (or `auto`) inside a block, e.g. in tests; restores the previous choice."""
    global _choice, _forced
    saved = (_choice, _forced)
    _forced, _choice = mode, None
    try:
        yield current()
    finally:
        _choice, _forced = saved


def prefill_chunk(device: torch.device) -> int | None:
    """Tokens per self-decoder pass in a long forward, None = all at once.

    CPU: PREFILL_CHUNK_CPU. Activations of tens of thousands of tokens (hundreds of MB each) come fresh from
    the OS on every allocation and miss every cache; 2K-token chunks run a 32K prefill ~25% faster. CUDA: no
    chunking, so the fused scan (fresh state only) serves the whole prompt.
    """
    return PREFILL_CHUNK_CPU if device.type == "cpu" else None


def linear(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None = None) -> torch.Tensor:
    """F.linear(x, weight, bias): x (..., K), weight (N, K). One fp32 CPU row (a decode step) streams the weight
    through `cpu_rows.rows_dot` when `cpu_rows_library` allows it."""
    k = weight.shape[1]
    lib = cpu_rows_library(x, weight) if x.numel() == k and k >= 64 and weight.stride(1) == 1 else None
    if lib is None:
        return F.linear(x, weight, bias)
    from agentlib.engine import cpu_rows

    out = cpu_rows.rows_dot(lib, x.reshape(1, k).contiguous(), weight)  # (1, N)
    if bias is not None:
        out += bias
    return out.view(*x.shape[:-1], weight.shape[0])


# ---------------------------------------------------------------------------------------------------------
# Mamba-1 pieces (spec 3.3)


def causal_conv(past: torch.Tensor, x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None) -> torch.Tensor:
    """silu(depthwise causal conv) of new inputs given the K-1 previous raw inputs.

    past: (B, E, K-1) raw inputs before x, oldest first (zeros = sequence start); x: (B, E, T);
    weight: (E, 1, K). Returns (B, E, T).
    """
    window = torch.cat([past, x], dim=-1)  # (B, E, K-1+T)
    if x.shape[-1] == 1:  # decode: one dot product of K per channel; a conv call costs more to set up
        out = (window.float() * weight[:, 0].float()).sum(dim=-1, keepdim=True)  # (B, E, 1)
        if bias is not None:
            out = out + bias.float()[:, None]
        return F.silu(out).to(x.dtype)
    return F.silu(F.conv1d(window, weight, bias, groups=weight.shape[0]))  # (B, E, T)


def selective_scan_reference(
    u: torch.Tensor, delta: torch.Tensor, A: torch.Tensor, B: torch.Tensor, C: torch.Tensor, D: torch.Tensor,
    h0: torch.Tensor, chunk: int | None = None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Sequential fp32 scan in time chunks (`chunk` steps per batch of exp/products; default SCAN_CHUNK).

    u, delta: (B, T, E) fp32 (delta already softplus-ed); A: (E, N); B, C: (B, T, N); D: (E,); h0: (B, E, N).
    Returns y (B, T, E) and the final state (B, E, N).
    """
    batch, length, inner = u.shape
    h, step = h0, chunk or SCAN_CHUNK
    ys = []
    for start in range(0, length, step):
        stop = min(start + step, length)
        d = delta[:, start:stop].transpose(0, 1)  # (c, B, E)
        dA = torch.exp(d.unsqueeze(-1) * A)  # (c, B, E, N)
        dBx = (d * u[:, start:stop].transpose(0, 1)).unsqueeze(-1) * B[:, start:stop].transpose(0, 1).unsqueeze(2)
        hs = torch.empty_like(dA)  # (c, B, E, N)
        for t in range(stop - start):
            torch.addcmul(dBx[t], dA[t], h, out=hs[t])
            h = hs[t]
        y = torch.einsum("cben,bcn->bce", hs, C[:, start:stop])  # (B, c, E)
        ys.append(y)
    y = torch.cat(ys, dim=1) + u * D  # (B, T, E)
    return y, h.clone() if length else h0.clone()


def selective_scan(
    u: torch.Tensor, delta: torch.Tensor, A: torch.Tensor, B: torch.Tensor, C: torch.Tensor, D: torch.Tensor,
    h0: torch.Tensor, *, fresh: bool,
) -> tuple[torch.Tensor, torch.Tensor]:
    """The Mamba scan (shapes as `selective_scan_reference`); mamba-ssm on CUDA when chosen.

    mamba-ssm's prefill kernel has no initial-state input, so it serves only a fresh state (`fresh=True`);
    its single-step kernel serves T == 1 on any state.
    """
    choice = current()
    if choice.mode == "fast" and u.is_cuda:
        if u.shape[1] == 1:
            state = h0.clone()
            y = choice.fast_state_update(state, u[:, 0], delta[:, 0], A, B[:, 0], C[:, 0], D=D)  # (B, E)
            return y.unsqueeze(1), state
        if fresh:
            y, last = choice.fast_scan(
                u.transpose(1, 2).contiguous(), delta.transpose(1, 2).contiguous(), A,
                B.transpose(1, 2).contiguous(), C.transpose(1, 2).contiguous(), D, return_last_state=True,
            )
            return y.transpose(1, 2), last.float()
    return selective_scan_reference(u, delta, A, B, C, D, h0)


# ---------------------------------------------------------------------------------------------------------
# Attention (spec 3.4 masks)


def attention_mask(
    q_pos: torch.Tensor, k_pos: torch.Tensor, window: int | None, key_valid: torch.Tensor | None,
) -> torch.Tensor:
    """Boolean mask (B or 1, 1, Tq, S): causal, within `window` keys including the query, valid keys only.

    A query always sees itself-or-earlier keys; a query whose every key is masked (a pad position) is allowed
    its own diagonal-most key so softmax stays finite — pad outputs are never read.
    """
    diff = q_pos[:, None] - k_pos[None, :]  # (Tq, S)
    allowed = diff >= 0
    if window is not None:
        allowed = allowed & (diff < window)
    allowed = allowed[None, None]  # (1, 1, Tq, S)
    if key_valid is not None:
        allowed = allowed & key_valid[:, None, None, :]  # (B, 1, Tq, S)
        empty = ~allowed.any(dim=-1, keepdim=True)
        if bool(empty.any()):
            nearest = (diff == diff.clamp(min=0).min(dim=-1, keepdim=True).values)[None, None]
            allowed = allowed | (empty & nearest)
    return allowed


def _sdpa(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, *, scale: float, **mask: Any) -> torch.Tensor:
    """SDPA with value width dv = m·d done as m calls of width d: equal q/k/v widths let the CPU use its fused
    (flash) kernel instead of materialising the score matrix."""
    d, dv = q.shape[-1], v.shape[-1]
    if dv == d or dv % d:
        return F.scaled_dot_product_attention(q, k, v, scale=scale, **mask)
    parts = [F.scaled_dot_product_attention(q, k, part, scale=scale, **mask) for part in v.split(d, dim=-1)]
    return torch.cat(parts, dim=-1)


def attend(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, *, q_pos: torch.Tensor, k_pos: torch.Tensor,
    window: int | None = None, key_valid: torch.Tensor | None = None, scale: float,
) -> torch.Tensor:
    """Masked softmax attention; memory stays linear in the sequence length.

    q: (B, H, Tq, d); k: (B, H, S, d); v: (B, H, S, dv); q_pos (Tq,) absolute positions, k_pos (S,) consecutive
    positions; key_valid: (B, S) bool or None. Returns (B, H, Tq, dv).
    Fast cases: one query seeing every key (decode) and a fresh causal prefill (is_causal, no mask); otherwise
    query blocks (the window size for sliding layers) with a boolean mask over just the keys they can see.
    """
    tq, s = q.shape[2], k.shape[2]
    last_q, first_k = int(q_pos[-1]), int(k_pos[0])
    if key_valid is None and tq == 1 and (window is None or s <= window) and int(k_pos[-1]) <= last_q:
        return _sdpa(q, k, v, scale=scale)  # decode: every key visible
    if key_valid is None and window is None and tq == s and first_k == int(q_pos[0]) and int(k_pos[-1]) == last_q:
        return _sdpa(q, k, v, scale=scale, is_causal=True)  # fresh causal prefill
    block = ATTENTION_QUERY_BLOCK if window is None else max(64, min(window, ATTENTION_QUERY_BLOCK))
    outs = []
    for start in range(0, tq, block):
        stop = min(start + block, tq)
        qp = q_pos[start:stop]
        first, last = int(qp.min()), int(qp.max())
        lo = 0 if window is None else max(0, first - window + 1 - first_k)
        hi = min(s, last - first_k + 1)
        mask = attention_mask(qp, k_pos[lo:hi], window, None if key_valid is None else key_valid[:, lo:hi])
        outs.append(_sdpa(q[:, :, start:stop], k[:, :, lo:hi], v[:, :, lo:hi], scale=scale, attn_mask=mask))
    return torch.cat(outs, dim=2) if len(outs) > 1 else outs[0]


def differential_attention(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, *, q_pos: torch.Tensor, k_pos: torch.Tensor,
    window: int | None = None, key_valid: torch.Tensor | None = None, scale: float, folded: bool | None = None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """A1 = softmax(q1·k1ᵀ)·[v1 ; v2] and A2 = softmax(q2·k2ᵀ)·[v1 ; v2] (spec 3.4), masks as `attend`.

    q: (B, H, Tq, hd), k, v: (B, KV, S, hd), all in checkpoint head order (stripes: half 1 = even heads,
    half 2 = odd heads; query half-head i uses kv half-head i // (H/KV)). Returns A1, A2: (B, H/2, Tq, 2hd).
    `folded` forces a side (tests); by default the folded path serves fp32/fp64 calls whose score matrix
    has at most FOLDED_MAX_SCORES elements (its scores are not accumulated in fp32 for half types).
    """
    if folded is None:
        small = q.shape[0] * q.shape[1] * q.shape[2] * k.shape[2] <= FOLDED_MAX_SCORES
        folded = small and q.dtype in (torch.float32, torch.float64)
    if folded:
        return _differential_folded(q, k, v, q_pos=q_pos, k_pos=k_pos, window=window, key_valid=key_valid,
                                    scale=scale)
    return differential_attention_reference(q, k, v, q_pos=q_pos, k_pos=k_pos, window=window,
                                            key_valid=key_valid, scale=scale)


def differential_attention_reference(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, *, q_pos: torch.Tensor, k_pos: torch.Tensor,
    window: int | None = None, key_valid: torch.Tensor | None = None, scale: float,
) -> tuple[torch.Tensor, torch.Tensor]:
    """`differential_attention` with stripes and GQA expanded into H query/key heads, values [v1 ; v2]."""
    heads = q.shape[1]
    g = heads // k.shape[1]
    queries = torch.cat([q[:, 0::2], q[:, 1::2]], dim=1)  # (B, H, T, hd): [q1 | q2]
    k1, k2 = k[:, 0::2], k[:, 1::2]  # (B, KV/2, S, hd)
    values = torch.cat([v[:, 0::2], v[:, 1::2]], dim=-1)  # (B, KV/2, S, 2hd): [v1 ; v2]
    if g > 1:
        k1, k2 = k1.repeat_interleave(g, dim=1), k2.repeat_interleave(g, dim=1)  # (B, H/2, S, hd)
        values = values.repeat_interleave(g, dim=1)  # (B, H/2, S, 2hd)
    attn = attend(queries, torch.cat([k1, k2], dim=1), torch.cat([values, values], dim=1), q_pos=q_pos,
                  k_pos=k_pos, window=window, key_valid=key_valid, scale=scale)  # (B, H, T, 2hd)
    return attn[:, : heads // 2], attn[:, heads // 2:]


def _differential_folded(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, *, q_pos: torch.Tensor, k_pos: torch.Tensor,
    window: int | None, key_valid: torch.Tensor | None, scale: float,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Checkpoint KV head 2j+a is kv half-head j of half a, so K/V viewed (B, KV/2, 2, S, hd) are the stripes
    as they lie. Query head 2(j·g+r)+a goes to row (j, a, r): one matmul per KV head gives both halves'
    scores, one per value stripe gives [P·v1 ; P·v2] for both maps; no key or value is copied."""
    bsz, heads, t, hd = q.shape
    kv, s = k.shape[1], k.shape[2]
    pairs, g = kv // 2, heads // kv
    qf = q.view(bsz, pairs, g, 2, t, hd).transpose(2, 3).contiguous().view(bsz, pairs, 2, g * t, hd)
    stripes_k, stripes = k.view(bsz, pairs, 2, s, hd), v.view(bsz, pairs, 2, s, hd)
    lib = None
    if 2 * g * t <= ROWS_MAX_QUERIES and k.stride(-1) == 1 and v.stride(-1) == 1:
        lib = cpu_rows_library(q, k, v)
    if lib is None:
        # K·qᵀ, not q·Kᵀ: the same products, but one CPU thread streams K twice as fast this way round.
        scores = torch.matmul(stripes_k, qf.transpose(-1, -2))  # (B, KV/2, 2, S, gT)
        scores = scores.transpose(-1, -2).contiguous().mul_(scale)  # (B, KV/2, 2, gT, S)
    else:  # decode: each key row read once, in order, for all gT queries of its stripe
        from agentlib.engine import cpu_rows

        scores = cpu_rows.attention_scores(lib, qf * scale, k)  # (B, KV/2, 2, gT, S)
    first_q, last_q = int(q_pos.min()), int(q_pos.max())
    every_key_visible = int(k_pos[-1]) <= first_q and (window is None or last_q - int(k_pos[0]) < window)
    if key_valid is not None or not every_key_visible:
        allowed = attention_mask(q_pos, k_pos, window, key_valid)  # (B or 1, 1, T, S)
        scores = scores.view(bsz, pairs, 2, g, t, s).masked_fill(~allowed[:, :, None, None], float("-inf"))
    if lib is None:
        probs = torch.softmax(scores.view(bsz, pairs, 2 * g * t, s), dim=-1)  # (B, KV/2, 2gT, S)
        attn = torch.cat([probs @ stripes[:, :, 0], probs @ stripes[:, :, 1]], dim=-1)  # (B, KV/2, 2gT, 2hd)
    else:  # decode: softmax in place (scores is this call's buffer), then each value row read once, in order
        attn = cpu_rows.attention_values(lib, scores.view(bsz, pairs, 2 * g * t, s), v)  # (B, KV/2, 2gT, 2hd)
    attn = attn.view(bsz, pairs, 2, g, t, 2 * hd)
    return (attn[:, :, 0].reshape(bsz, heads // 2, t, 2 * hd),  # half-head j·g+r of half 1
            attn[:, :, 1].reshape(bsz, heads // 2, t, 2 * hd))
