"""The CPU decode kernels' Python wrappers, each beside its PyTorch reference twin with the same signature.

Every wrapper checks device, dtype, shape, strides and contiguity of its tensors before a pointer reaches C
(`KernelArgumentError`, naming the argument and what it must be), then calls the library that `cpu_build`
verified and loaded. The twins (`*_reference`) compute the same thing with PyTorch ops in fp32; tests compare
each pair across dtypes and shapes, and the engine falls back on PyTorch when the library is missing.

- `linear(x, weight, bias, scale)`: x (M, K) · weight (N, K)ᵀ (+ bias) -> (M, N) in x's dtype; weight fp32,
  bf16 (same as x), or int8 with `scale` (N,) fp32 (weight-only int8: w ≈ int8 · scale per output row).
- `attention_scores(q, k, scale)`: folded decode scores (B, KV/2, 2, G, S) fp32 from q (B, KV/2, 2, G, hd)
  and the cache k (B, KV, S, hd) read in place (pair j = heads 2j, 2j+1).
- `attention_values(scores, v)`: softmax of scores (B, KV/2, 2G, S) in place, then (B, KV/2, 2G, 2hd) fp32 =
  P · [v_stripe0 | v_stripe1].
- `selective_step(u, delta, A, B, C, D, h0)`: one Mamba decode step (`kernels.selective_step`'s shapes, fp32),
  the state read once and written once.
- `softmax_rows(x)`: softmax over the last axis, in place. `read_bytes(t)`: reads every byte of t (the
  bandwidth probe), returning the 64-bit lane sum of its 8-byte words plus its tail bytes.
`threads` (default: torch's thread count) splits rows or heads; the twins accept and ignore it.

Left out: autograd (decode runs under no_grad), devices other than the CPU.
"""

from __future__ import annotations

import ctypes

import torch

from agentlib.engine import cpu_build
from agentlib.errors import DependencyMissing, InputError

ACTIVATION_DTYPES = (torch.float32, torch.bfloat16)


class KernelArgumentError(InputError):
    """A tensor handed to a C kernel wrapper has the wrong device, dtype, shape or layout (a developer bug)."""


def _library() -> ctypes.CDLL:
    library = cpu_build.library()
    if library is None:
        raise DependencyMissing(f"{cpu_build.loaded().reason}; use the *_reference functions or install a C compiler")
    return library


def _threads(threads: int | None) -> int:
    return max(1, int(threads if threads is not None else torch.get_num_threads()))


def _check(t: object, name: str, dtypes: tuple[torch.dtype, ...], ndim: int, *,
           contiguous: bool = False) -> torch.Tensor:
    if not isinstance(t, torch.Tensor):
        raise KernelArgumentError(f"{name} must be a tensor, got {type(t).__name__}")
    if t.device.type != "cpu":
        raise KernelArgumentError(f"{name} must be on the CPU, got {t.device}")
    if t.dtype not in dtypes:
        raise KernelArgumentError(f"{name} must be {' or '.join(str(d) for d in dtypes)}, got {t.dtype}")
    if t.ndim != ndim:
        raise KernelArgumentError(f"{name} must have {ndim} dimensions, got shape {tuple(t.shape)}")
    if t.requires_grad and torch.is_grad_enabled():
        raise KernelArgumentError(f"{name} requires grad; the C kernels have no backward")
    if contiguous and not t.is_contiguous():
        raise KernelArgumentError(f"{name} must be contiguous, got strides {t.stride()}")
    if t.numel() and t.stride(-1) != 1:
        raise KernelArgumentError(f"{name} must have a unit last stride, got strides {t.stride()}")
    if any(s < 0 for s in t.stride()):
        raise KernelArgumentError(f"{name} has a negative stride {t.stride()}")
    return t


def linear_problem(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None = None,
                   scale: torch.Tensor | None = None) -> str | None:
    """Why `linear` would refuse these tensors, or None when it accepts them (the engine routes on this)."""
    try:
        _check_linear(x, weight, bias, scale)
    except KernelArgumentError as error:
        return str(error)
    return None


def _check_linear(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None,
                  scale: torch.Tensor | None) -> None:
    _check(x, "x", ACTIVATION_DTYPES, 2, contiguous=True)
    if weight.dtype == torch.int8:
        _check(weight, "weight", (torch.int8,), 2)
        if scale is None:
            raise KernelArgumentError("an int8 weight needs its per-row scale")
        _check(scale, "scale", (torch.float32,), 1, contiguous=True)
        if scale.shape[0] != weight.shape[0]:
            raise KernelArgumentError(f"scale has {scale.shape[0]} entries for {weight.shape[0]} weight rows")
    else:
        _check(weight, "weight", (x.dtype,), 2)
        if scale is not None:
            raise KernelArgumentError(f"scale is only for int8 weights, the weight is {weight.dtype}")
    if weight.shape[1] != x.shape[1]:
        raise KernelArgumentError(f"x has {x.shape[1]} columns, weight has {weight.shape[1]}")
    if weight.shape[0] > 1 and weight.stride(0) < weight.shape[1]:
        raise KernelArgumentError(f"weight rows overlap (row stride {weight.stride(0)} < {weight.shape[1]})")
    if bias is not None:
        _check(bias, "bias", (x.dtype,), 1, contiguous=True)
        if bias.shape[0] != weight.shape[0]:
            raise KernelArgumentError(f"bias has {bias.shape[0]} entries for {weight.shape[0]} weight rows")


def linear(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None = None,
           scale: torch.Tensor | None = None, *, threads: int | None = None) -> torch.Tensor:
    """x (M, K) contiguous fp32|bf16 · weight (N, K)ᵀ (unit last stride; x's dtype, or int8 with scale (N,)
    fp32) + bias (N,) in x's dtype -> (M, N) in x's dtype, sums in fp32."""
    _check_linear(x, weight, bias, scale)
    library = _library()
    (m, k), n = x.shape, weight.shape[0]
    out = torch.empty(m, n, dtype=x.dtype)
    if not m or not n:
        return out
    bias_ptr = None if bias is None else bias.data_ptr()
    row_stride = weight.stride(0) if n > 1 else k
    nt = _threads(threads)
    if weight.dtype == torch.int8:
        assert scale is not None  # checked above
        library.linear_i8(weight.data_ptr(), row_stride, scale.data_ptr(), x.data_ptr(), int(x.dtype == torch.bfloat16),
                          bias_ptr, out.data_ptr(), n, n, k, m, nt)
    elif x.dtype == torch.bfloat16:
        library.linear_bf16(weight.data_ptr(), row_stride, x.data_ptr(), bias_ptr, out.data_ptr(), n, n, k, m, nt)
    else:
        library.linear_f32(weight.data_ptr(), row_stride, x.data_ptr(), bias_ptr, out.data_ptr(), n, n, k, m, nt)
    return out


def linear_reference(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None = None,
                     scale: torch.Tensor | None = None, *, threads: int | None = None) -> torch.Tensor:
    """`linear` in PyTorch: fp32 products and sums, the result rounded once to x's dtype."""
    w = weight.float() if scale is None else weight.float() * scale.float()[:, None]
    out = x.float() @ w.t()
    if bias is not None:
        out = out + bias.float()
    return out.to(x.dtype)


def _check_heads(q: torch.Tensor, cache: torch.Tensor, cache_name: str) -> tuple[int, int, int, int, int]:
    """q (B, KV/2, 2, G, hd) contiguous and a cache tensor (B, KV, S, hd) of q's dtype."""
    _check(q, "q", ACTIVATION_DTYPES, 5, contiguous=True)
    _check(cache, cache_name, (q.dtype,), 4)
    bsz, pairs, two, g, hd = q.shape
    if two != 2 or cache.shape[0] != bsz or cache.shape[1] != 2 * pairs or cache.shape[3] != hd:
        raise KernelArgumentError(f"q {tuple(q.shape)} must be (B, KV/2, 2, G, hd) for {cache_name} "
                                  f"{tuple(cache.shape)} (B, KV, S, hd)")
    return bsz, pairs, g, cache.shape[2], hd


def attention_scores(q: torch.Tensor, k: torch.Tensor, scale: float, *, threads: int | None = None) -> torch.Tensor:
    """scale · q (B, KV/2, 2, G, hd) · k_stripeᵀ, k (B, KV, S, hd) in place (unit last stride) ->
    (B, KV/2, 2, G, S) fp32."""
    bsz, pairs, g, s, hd = _check_heads(q, k, "k")
    library = _library()
    scores = torch.empty(bsz, pairs, 2, g, s, dtype=torch.float32)
    if scores.numel():
        kernel = library.attention_scores_bf16 if q.dtype == torch.bfloat16 else library.attention_scores_f32
        kernel(q.data_ptr(), k.data_ptr(), k.stride(0), k.stride(1), k.stride(2), scores.data_ptr(),
               bsz, pairs, g, s, hd, float(scale), _threads(threads))
    return scores


def attention_scores_reference(q: torch.Tensor, k: torch.Tensor, scale: float, *,
                               threads: int | None = None) -> torch.Tensor:
    """`attention_scores` in PyTorch (fp32)."""
    bsz, pairs, _, g, hd = q.shape
    stripes = k.float().view(bsz, pairs, 2, k.shape[2], hd)
    return (q.float() * scale) @ stripes.transpose(-1, -2)


def attention_values(scores: torch.Tensor, v: torch.Tensor, *, threads: int | None = None) -> torch.Tensor:
    """softmax(scores) in place, scores (B, KV/2, 2G, S) fp32 contiguous; then P · [v_stripe0 | v_stripe1] with
    v (B, KV, S, hd) in place -> (B, KV/2, 2G, 2hd) fp32."""
    _check(scores, "scores", (torch.float32,), 4, contiguous=True)
    _check(v, "v", ACTIVATION_DTYPES, 4)
    bsz, pairs, rows, s = scores.shape
    if rows % 2 or v.shape[0] != bsz or v.shape[1] != 2 * pairs or v.shape[2] != s:
        raise KernelArgumentError(f"scores {tuple(scores.shape)} must be (B, KV/2, 2G, S) for v {tuple(v.shape)}")
    hd = v.shape[3]
    library = _library()
    out = torch.empty(bsz, pairs, rows, 2 * hd, dtype=torch.float32)
    if out.numel() and s:
        kernel = library.attention_values_bf16 if v.dtype == torch.bfloat16 else library.attention_values_f32
        kernel(scores.data_ptr(), v.data_ptr(), v.stride(0), v.stride(1), v.stride(2), out.data_ptr(),
               bsz, pairs, rows // 2, s, hd, _threads(threads))
    return out


def attention_values_reference(scores: torch.Tensor, v: torch.Tensor, *, threads: int | None = None) -> torch.Tensor:
    """`attention_values` in PyTorch (fp32; scores softmax-ed in place too)."""
    bsz, pairs, rows, s = scores.shape
    scores.copy_(torch.softmax(scores, dim=-1))
    stripes = v.float().view(bsz, pairs, 2, s, v.shape[3])
    return torch.cat([scores @ stripes[:, :, 0], scores @ stripes[:, :, 1]], dim=-1)


def _check_step(u: torch.Tensor, delta: torch.Tensor, A: torch.Tensor, B: torch.Tensor, C: torch.Tensor,
                D: torch.Tensor, h0: torch.Tensor) -> tuple[int, int, int]:
    """Shapes (batch, E, N) of a selective step's contiguous fp32 operands; Δ >= 0 and A <= 0 (see the C)."""
    for t, name, ndim in ((u, "u", 3), (delta, "delta", 3), (A, "A", 2), (B, "B", 3), (C, "C", 3), (D, "D", 1),
                          (h0, "h0", 3)):
        _check(t, name, (torch.float32,), ndim, contiguous=True)
    bsz, e, n = h0.shape
    wanted = {"u": (u, (bsz, 1, e)), "delta": (delta, (bsz, 1, e)), "A": (A, (e, n)), "B": (B, (bsz, 1, n)),
              "C": (C, (bsz, 1, n)), "D": (D, (e,))}
    for name, (t, shape) in wanted.items():
        if tuple(t.shape) != shape:
            raise KernelArgumentError(f"{name} has shape {tuple(t.shape)}, expected {shape} for h0 {(bsz, e, n)}")
    if bool((A > 0).any()) or bool((delta < 0).any()):
        raise KernelArgumentError("the selective step needs A <= 0 and delta >= 0 (A = -exp(A_log), softplus)")
    return bsz, e, n


def selective_step(u: torch.Tensor, delta: torch.Tensor, A: torch.Tensor, B: torch.Tensor, C: torch.Tensor,
                   D: torch.Tensor, h0: torch.Tensor, *,
                   threads: int | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """u, delta (batch, 1, E), A (E, N), B, C (batch, 1, N), D (E,), h0 (batch, E, N), all fp32 contiguous ->
    y (batch, 1, E), h (batch, E, N): h = exp(Δ·A)·h0 + Δ·u·B, y = C·h + D·u (h0 is left as it was)."""
    bsz, e, n = _check_step(u, delta, A, B, C, D, h0)
    library = _library()
    h, y = torch.empty_like(h0), torch.empty(bsz, 1, e, dtype=torch.float32)
    if h.numel():
        library.selective_step_f32(h0.data_ptr(), u.data_ptr(), delta.data_ptr(), A.data_ptr(), B.data_ptr(),
                                   C.data_ptr(), D.data_ptr(), h.data_ptr(), y.data_ptr(), bsz, e, n, _threads(threads))
    elif y.numel():
        y.copy_(u * D)
    return y, h


def selective_step_reference(u: torch.Tensor, delta: torch.Tensor, A: torch.Tensor, B: torch.Tensor,
                             C: torch.Tensor, D: torch.Tensor, h0: torch.Tensor, *,
                             threads: int | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """`selective_step` in PyTorch (the formula of `kernels.selective_step`)."""
    d = delta[:, 0, :, None]  # (batch, E, 1)
    h = torch.exp(d * A) * h0 + (d * u[:, 0, :, None]) * B[:, 0, None, :]  # (batch, E, N)
    y = (h * C[:, 0, None, :]).sum(-1) + u[:, 0] * D  # (batch, E)
    return y[:, None], h


def softmax_rows(x: torch.Tensor, *, threads: int | None = None) -> torch.Tensor:
    """Softmax over the last axis of x (R, S) fp32 (unit last stride), in place; returns x."""
    _check(x, "x", (torch.float32,), 2)
    if x.numel():
        _library().softmax_rows(x.data_ptr(), x.stride(0) if x.shape[0] > 1 else x.shape[1], x.shape[0], x.shape[1],
                                _threads(threads))
    return x


def softmax_rows_reference(x: torch.Tensor, *, threads: int | None = None) -> torch.Tensor:
    """`softmax_rows` in PyTorch."""
    return x.copy_(torch.softmax(x, dim=-1))


def read_bytes(t: torch.Tensor, *, threads: int | None = None) -> int:
    """Read every byte of a contiguous CPU tensor; returns the sum, mod 2**64, of its 8-byte words (little-endian,
    over whole 64-byte lines) plus each byte after the last whole line."""
    if not isinstance(t, torch.Tensor) or t.device.type != "cpu" or not t.is_contiguous():
        raise KernelArgumentError("read_bytes needs a contiguous CPU tensor")
    nbytes = t.numel() * t.element_size()
    if not nbytes:
        return 0
    return int(_library().read_bytes(t.data_ptr(), nbytes, _threads(threads)))


def read_bytes_reference(t: torch.Tensor, *, threads: int | None = None) -> int:
    """`read_bytes` in PyTorch."""
    raw = t.reshape(-1).view(torch.uint8)
    lined = raw.numel() // 64 * 64
    total = int(raw[:lined].view(torch.int64).sum()) if lined else 0
    total += int(raw[lined:].sum())
    return total % (1 << 64)
