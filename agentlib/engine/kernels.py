"""Numeric kernels of the SambaY engine: PyTorch references, the CPU decode kernels, optional CUDA fast paths.

The references are the specification, the fallback and the test oracle:
- `selective_scan`: the Mamba-1 recurrence h_t = exp(Δ_t A) h_{t-1} + Δ_t x_t B_t, y_t = C_t·h_t + D x_t in fp32,
  over time chunks with preallocated buffers (one fused step for a single token);
- `causal_conv`: depthwise causal conv over [past raw inputs | new inputs] then SiLU;
- `attend`: softmax attention through `scaled_dot_product_attention` with masks built from absolute positions
  (causal; a window of sw keys including the query; key validity for left padding), in query blocks so
  memory stays linear in the sequence length;
- `differential_attention`: the two softmax maps of differential attention with their shared values
  (model.py explains the head layout). Many queries (prefill): stripes and GQA expanded, then `attend`. Few
  queries (decode, extend by a few tokens, the picked positions of a pruned prefill): the GQA group folded
  into the query axis, so each key and value is read once, in place, scores and sums in fp32 in every dtype;
  a decode step at 32K is bound by reading the shared KV, not by copying it;
- `linear`: F.linear, or the C one-row kernel on the CPU for a few rows when it measured faster.

CPU decode (CPU tensors, no autograd, not forced to reference): `cpu_rows`' C kernels, built and verified by
`cpu_build` on first use, serve the folded attention (fp32, bf16), the Mamba step (fp32 state, one pass over
it: the bulk of a batched decode step's non-matmul time) and the few-row Linear layers (fp32, bf16,
weight-only int8) on torch's threads, split by output rows; for each Linear shape `cpu_choice` measured once
per CPU whether the C kernel or PyTorch's is faster. Without a C compiler PyTorch serves every op.

Fast paths (CUDA only): mamba-ssm's `selective_scan_fn` (fresh state) and `selective_state_update` (decode).
The choice is made once, on first use, never at import; `describe()` shows it and why. Force a side with the
environment variable `AGENTLIB_KERNELS=reference|fast|auto` (read at first use) or `use_kernels(...)`;
`reference` turns the C kernels off too. A requested but missing fast kernel raises DependencyMissing with an
install hint.

Left out: flash-attn (SDPA already dispatches to fused attention on CUDA), causal-conv1d (the conv is a tiny
share of the time), int8 matmuls on CUDA (dequantized per call).
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

from agentlib.engine import chunking, cpu_build, cpu_choice, cpu_rows
from agentlib.errors import ConfigError, DependencyMissing

CPU_DECODE_ROWS = 4  # rows up to which a CPU Linear may take the C kernel (a decode step of a small batch)
FOLD_MAX_QUERY_ROWS = 64  # query rows per KV head (GQA group x queries) up to which attention folds
INT8_PACKED_MAX_ROWS = 16  # rows up to which PyTorch's int8 GEMV serves an int8 Linear (else dequantize)
_MODES = ("auto", "reference", "fast")
_HALF = (torch.float16, torch.bfloat16)


@dataclass(frozen=True)
class KernelChoice:
    """Which implementation runs, and why."""

    mode: str
    fast_scan: Any  # the mamba-ssm functions when mode is "fast", else None
    fast_state_update: Any
    reason: str
    cpu_decode: bool = True  # may the C kernels serve CPU decode steps (False when reference is forced)


_choice: KernelChoice | None = None
_forced: str | None = None


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
    cpu = ""
    if choice.cpu_decode and cpu_build.is_loaded():
        cpu = f"; {cpu_build.loaded().reason}; {cpu_choice.describe()}"
    return f"kernels={choice.mode}: {choice.reason}{cpu}"


def cpu_kernels_allowed(*tensors: torch.Tensor) -> bool:
    """May the C kernels serve these tensors: all on the CPU, no autograd, not forced to reference, and the
    library built and verified (on first call)."""
    if any(t.device.type != "cpu" for t in tensors):
        return False
    if torch.is_grad_enabled() and any(t.requires_grad for t in tensors):
        return False
    return current().cpu_decode and cpu_build.library() is not None


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


def linear(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None = None,
           scale: torch.Tensor | None = None) -> torch.Tensor:
    """x (..., K) · weight (N, K)ᵀ + bias; weight in x's dtype, or int8 with `scale` (N,) fp32 per output row.

    A few CPU rows (a decode step) go through the C kernel when `cpu_choice` measured it faster for this shape.
    """
    n, k = weight.shape
    rows = x.numel() // k if k else 0
    if 0 < rows <= CPU_DECODE_ROWS and x.device.type == "cpu" and x.dtype in cpu_rows.ACTIVATION_DTYPES \
            and weight.dtype in (x.dtype, torch.int8) and weight.stride(1) == 1 and cpu_kernels_allowed(x, weight):
        x2 = x.reshape(rows, k)
        if not x2.is_contiguous():
            x2 = x2.contiguous()
        shape = cpu_choice.LinearShape(str(weight.dtype), str(x.dtype), rows, n, k, torch.get_num_threads())
        side = cpu_choice.linear_choice(shape, lambda: cpu_rows.linear(x2, weight, bias, scale),
                                        lambda: _torch_linear(x2, weight, bias, scale))
        if side == "c":
            return cpu_rows.linear(x2, weight, bias, scale).view(*x.shape[:-1], n)
    return _torch_linear(x, weight, bias, scale)


def _torch_linear(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None,
                  scale: torch.Tensor | None) -> torch.Tensor:
    """PyTorch's side of `linear`: F.linear, or for int8 its int8 GEMV (few rows) or a dequantized weight."""
    if scale is None:
        return F.linear(x, weight, bias)
    n, k = weight.shape
    rows = x.numel() // k if k else 0
    packed = getattr(torch.ops.aten, "_weight_int8pack_mm", None)
    if packed is not None and x.device.type == "cpu" and rows <= INT8_PACKED_MAX_ROWS and weight.is_contiguous():
        out = packed(x.reshape(rows, k).contiguous(), weight, scale.to(x.dtype)).view(*x.shape[:-1], n)
    else:
        out = F.linear(x, (weight.to(torch.float32) * scale[:, None]).to(x.dtype))
    return out if bias is None else out + bias


# ---------------------------------------------------------------------------------------------------------
# Mamba-1 pieces


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
    """Sequential fp32 scan in time chunks (`chunk` steps per batch of exp/products; default chunking.SCAN_CHUNK).

    u, delta: (B, T, E) fp32 (delta already softplus-ed); A: (E, N); B, C: (B, T, N); D: (E,); h0: (B, E, N).
    Returns y (B, T, E) and the final state (B, E, N).
    """
    batch, length, inner = u.shape
    h, step = h0, chunk or chunking.SCAN_CHUNK
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
    if choice.mode == "fast" and u.is_cuda and choice.fast_scan is not None and choice.fast_state_update is not None:
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
    if u.shape[1] == 1:
        if u.device.type == "cpu" and all(t.dtype == torch.float32 for t in (u, delta, A, B, C, D, h0)) \
                and cpu_kernels_allowed(u, delta, B, C, h0):
            return cpu_rows.selective_step(*(t.contiguous() for t in (u, delta, A, B, C, D, h0)))
        return selective_step(u, delta, A, B, C, D, h0)
    return selective_scan_reference(u, delta, A, B, C, D, h0)


def selective_step(
    u: torch.Tensor, delta: torch.Tensor, A: torch.Tensor, B: torch.Tensor, C: torch.Tensor, D: torch.Tensor,
    h0: torch.Tensor,
) -> tuple[torch.Tensor, torch.Tensor]:
    """`selective_scan_reference` for one token (T = 1) in five fused ops; same shapes, same fp32 math."""
    d = delta[:, 0, :, None]  # (B, E, 1)
    h = torch.addcmul((d * u[:, 0, :, None]) * B[:, 0, None, :], torch.exp(d * A), h0)  # (B, E, N)
    y = torch.einsum("ben,bn->be", h, C[:, 0]) + u[:, 0] * D  # (B, E)
    return y[:, None], h


# ---------------------------------------------------------------------------------------------------------
# Attention


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
    block = chunking.ATTENTION_QUERY_BLOCK if window is None else max(64, min(window, chunking.ATTENTION_QUERY_BLOCK))
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
    """A1 = softmax(q1·k1ᵀ)·[v1 ; v2] and A2 = softmax(q2·k2ᵀ)·[v1 ; v2], masks as `attend`.

    q: (B, H, Tq, hd), k, v: (B, KV, S, hd), all in checkpoint head order (stripes: half 1 = even heads,
    half 2 = odd heads; query half-head i uses kv half-head i // (H/KV)). Returns A1, A2: (B, H/2, Tq, 2hd).
    `folded` forces a side (tests); by default few queries per KV head fold (on the CPU in every dtype, with
    fp32 scores and sums; elsewhere in fp32/fp64, where SDPA's fused half-precision kernels serve the rest).
    """
    if folded is None:
        few = (q.shape[1] // k.shape[1]) * q.shape[2] <= FOLD_MAX_QUERY_ROWS
        folded = few and (q.device.type == "cpu" or q.dtype in (torch.float32, torch.float64))
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
    as they lie. Query head 2(j·g+r)+a goes to row (j, a, r): one product per KV head gives both halves'
    scores, one per value stripe gives [P·v1 ; P·v2] for both maps; no key or value is copied. A large batch
    runs in slices whose score matrices stay bounded (chunking.batch_slices)."""
    bsz, heads, t, hd = q.shape
    s = k.shape[2]
    use_c = q.device.type == "cpu" and q.dtype in cpu_rows.ACTIVATION_DTYPES and k.dtype == v.dtype == q.dtype \
        and k.stride(-1) == 1 and v.stride(-1) == 1 and cpu_kernels_allowed(q, k, v)
    first_q, last_q = int(q_pos.min()), int(q_pos.max())
    every_key_visible = int(k_pos[-1]) <= first_q and (window is None or last_q - int(k_pos[0]) < window)
    masked = key_valid is not None or not every_key_visible
    ones, twos = [], []
    for lo, hi in chunking.batch_slices(bsz, heads * t * s):
        valid = None if key_valid is None else key_valid[lo:hi]
        allowed = attention_mask(q_pos, k_pos, window, valid) if masked else None  # (B or 1, 1, T, S)
        a1, a2 = _folded_slice(q[lo:hi], k[lo:hi], v[lo:hi], allowed, scale, use_c)
        ones.append(a1)
        twos.append(a2)
    if len(ones) == 1:
        return ones[0], twos[0]
    return torch.cat(ones), torch.cat(twos)


def _folded_slice(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, allowed: torch.Tensor | None, scale: float,
                  use_c: bool) -> tuple[torch.Tensor, torch.Tensor]:
    """`_differential_folded` on one batch slice; allowed: (B or 1, 1, T, S) mask or None (all visible)."""
    bsz, heads, t, hd = q.shape
    kv, s = k.shape[1], k.shape[2]
    pairs, g = kv // 2, heads // kv
    qf = q.view(bsz, pairs, g, 2, t, hd).transpose(2, 3).contiguous().view(bsz, pairs, 2, g * t, hd)
    if use_c:  # each key row read once, in order, for all gT queries of its stripe
        scores = cpu_rows.attention_scores(qf, k, scale)  # (B, KV/2, 2, gT, S) fp32
    else:
        scores = _folded_scores(qf, k, scale)
    if allowed is not None:
        scores = scores.view(bsz, pairs, 2, g, t, s).masked_fill(~allowed[:, :, None, None], float("-inf"))
    scores = scores.reshape(bsz, pairs, 2 * g * t, s)
    if use_c:  # softmax in place (scores is this call's buffer), then each value row read once, in order
        attn = cpu_rows.attention_values(scores, v)  # (B, KV/2, 2gT, 2hd) fp32
    else:
        attn = _folded_values(torch.softmax(scores, dim=-1), v)
    attn = attn.view(bsz, pairs, 2, g, t, 2 * hd)
    return (attn[:, :, 0].reshape(bsz, heads // 2, t, 2 * hd),  # half-head j·g+r of half 1
            attn[:, :, 1].reshape(bsz, heads // 2, t, 2 * hd))


def _folded_scores(qf: torch.Tensor, k: torch.Tensor, scale: float) -> torch.Tensor:
    """scale · qf (B, KV/2, 2, gT, hd) · k_stripeᵀ -> (B, KV/2, 2, gT, S), fp32 (fp64 stays fp64). Half-precision
    keys are widened a block at a time (chunking.KEY_UPCAST_BLOCK), never the whole cache at once."""
    bsz, pairs, _, rows, hd = qf.shape
    s = k.shape[2]
    stripes = k.view(bsz, pairs, 2, s, hd)
    if k.dtype not in _HALF:
        # K·qᵀ, not q·Kᵀ: the same products, but one CPU thread streams K twice as fast this way round.
        return torch.matmul(stripes, qf.transpose(-1, -2)).transpose(-1, -2).contiguous().mul_(scale)
    query = qf.float().transpose(-1, -2) * scale  # (B, KV/2, 2, hd, gT)
    out = torch.empty(bsz, pairs, 2, rows, s, dtype=torch.float32, device=qf.device)
    for lo in range(0, s, chunking.KEY_UPCAST_BLOCK):
        hi = min(lo + chunking.KEY_UPCAST_BLOCK, s)
        out[..., lo:hi] = torch.matmul(stripes[:, :, :, lo:hi].float(), query).transpose(-1, -2)
    return out


def _folded_values(probs: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """probs (B, KV/2, 2gT, S) · [v_stripe0 | v_stripe1] -> (B, KV/2, 2gT, 2hd) in probs' dtype; half-precision
    values widened a block at a time."""
    bsz, pairs, rows, s = probs.shape
    hd = v.shape[3]
    stripes = v.view(bsz, pairs, 2, s, hd)
    if v.dtype not in _HALF:
        return torch.cat([probs @ stripes[:, :, 0], probs @ stripes[:, :, 1]], dim=-1)
    out = torch.zeros(bsz, pairs, rows, 2 * hd, dtype=probs.dtype, device=probs.device)
    for lo in range(0, s, chunking.KEY_UPCAST_BLOCK):
        hi = min(lo + chunking.KEY_UPCAST_BLOCK, s)
        block = stripes[:, :, :, lo:hi].to(probs.dtype)  # (B, KV/2, 2, c, hd)
        out[..., :hd] += probs[..., lo:hi] @ block[:, :, 0]
        out[..., hd:] += probs[..., lo:hi] @ block[:, :, 1]
    return out
