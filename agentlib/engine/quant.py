"""Weight-only int8 for SambaY: Linear and embedding weights stored as int8 with one fp32 scale per output row.

w ≈ q · s with s = max|w_row| / 127 rounded up to a bf16 value and q = round(w / s) in [-127, 127] (symmetric,
per output channel). s is exact in bf16 because PyTorch's int8 GEMV (`_weight_int8pack_mm`) takes its scales in
the activation dtype: with bf16 activations every path (the C kernel in fp32, PyTorch's in bf16) then multiplies
by the same s, so the per-shape kernel choice never changes the dequantized weights. A
decode step reads every weight once, so halving the bytes of the weights (bf16 -> int8) is what makes it
faster; activations, norms, the SSM and attention stay in the compute dtype (bf16 or fp32). The dequantization
happens inside the matmul (`kernels.linear` with a scale: the C kernel widens int8 exactly and sums in fp32;
PyTorch's `_weight_int8pack_mm` or a dequantized copy otherwise).

Quantized: every nn.Linear of the decoder layers (MLP, Mamba in/x/out projections, attention Wqkv/out_proj,
GMU) and the embedding, which is also the tied head (13% of the real model's bytes). Kept: dt_proj (5120 x 160,
run in fp32 by the Mamba mixer), LayerNorms, conv, A_log, D, the λ vectors.

- `quantize_int8(model)`: in place, one module at a time (never a second copy of the model);
- `int8_skeleton(model)`: the same module swap on a meta-device model, for `weights.load_model(quantize="int8")`,
  which then quantizes each checkpoint tensor as it is read;
- `quantize_rows(w)`: the int8 values and scales of one weight, in blocks of rows (bounded fp32 scratch).

Left out: int4 (PyTorch's CPU int4 kernels need a packed layout from torchao, not installed here), activation
quantization, quantized KV caches.
"""

from __future__ import annotations

from typing import cast

import torch
from torch import nn

from agentlib.engine import kernels
from agentlib.errors import InputError

INT8_MAX = 127
QUANT_BLOCK_ELEMENTS = 1 << 24  # fp32 scratch per block of rows while quantizing (64 MiB)


def quantize_rows(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """(N, K) float weight -> int8 (N, K) and fp32 scales (N,) with w ≈ q · s per row. Raises InputError on
    non-finite weights."""
    n, k = weight.shape
    q = torch.empty(n, k, dtype=torch.int8, device=weight.device)
    scale = torch.empty(n, dtype=torch.float32, device=weight.device)
    step = max(1, QUANT_BLOCK_ELEMENTS // max(1, k))
    for lo in range(0, n, step):
        block = weight[lo: lo + step].float()
        top = block.abs().amax(dim=1)
        if not bool(torch.isfinite(top).all()):
            raise InputError("the weight holds inf or NaN values; it cannot be quantized")
        s = bf16_ceiling(top.clamp(min=1e-30) / INT8_MAX)
        q[lo: lo + step] = torch.round(block / s[:, None]).clamp_(-INT8_MAX, INT8_MAX).to(torch.int8)
        scale[lo: lo + step] = s
    return q, scale


def bf16_ceiling(x: torch.Tensor) -> torch.Tensor:
    """The smallest bf16 value >= x, elementwise, as fp32 (x fp32, finite, positive). Rounding a scale up keeps
    every |w / s| <= 127; the step grows by at most 2^-8 of itself."""
    rounded = x.to(torch.bfloat16)
    up = (rounded.view(torch.int16) + 1).view(torch.bfloat16)  # the next bf16 above a positive value, any device
    return torch.where(rounded.float() < x, up, rounded).float()


def dequantize(q: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
    """int8 (N, K) and scales (N,) -> fp32 (N, K)."""
    return q.float() * scale[:, None]


class _Int8Rows(nn.Module):
    """int8 rows (N, K) with one fp32 scale per row, as buffers."""

    weight: torch.Tensor
    scale: torch.Tensor

    def __init__(self, rows: int, columns: int, device: torch.device | str):
        super().__init__()
        self.register_buffer("weight", torch.empty(rows, columns, dtype=torch.int8, device=device))
        self.register_buffer("scale", torch.empty(rows, dtype=torch.float32, device=device))

    def set_weight(self, weight: torch.Tensor) -> None:
        """Quantize a float (N, K) weight into these rows."""
        q, scale = quantize_rows(weight)
        self.weight.copy_(q)
        self.scale.copy_(scale)


class Int8Linear(_Int8Rows):
    """A Linear whose weight is int8 (N, K) with fp32 scales (N,); the bias stays in the compute dtype."""

    bias: nn.Parameter | None

    def __init__(self, out_features: int, in_features: int, bias: torch.Tensor | None, *,
                 device: torch.device | str = "cpu"):
        super().__init__(out_features, in_features, device)
        self.bias = None if bias is None else nn.Parameter(bias.detach(), requires_grad=False)

    @classmethod
    def like(cls, linear: nn.Linear) -> Int8Linear:
        """An empty Int8Linear shaped like `linear`, on its device, keeping its bias."""
        return cls(linear.out_features, linear.in_features, linear.bias, device=linear.weight.device)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return kernels.linear(x, self.weight, self.bias, self.scale)


class Int8Embedding(_Int8Rows):
    """An embedding (V, D) stored as int8 rows with fp32 scales; lookups return fp32 rows. As the tied head it
    serves `kernels.linear` like an Int8Linear without bias."""

    bias = None

    def __init__(self, num_embeddings: int, embedding_dim: int, *, device: torch.device | str = "cpu"):
        super().__init__(num_embeddings, embedding_dim, device)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.weight[ids].float() * self.scale[ids].unsqueeze(-1)


def _targets(model: nn.Module) -> list[tuple[nn.Module, str]]:
    """(parent, attribute) of every module int8 replaces (not the modules: holding them would keep every float
    weight alive until the last one is replaced)."""
    found: list[tuple[nn.Module, str]] = []
    for parent in model.modules():
        for attribute, child in parent.named_children():
            quantizable_linear = isinstance(child, nn.Linear) and attribute != "dt_proj"
            if quantizable_linear or (isinstance(child, nn.Embedding) and attribute == "embed_tokens"):
                found.append((parent, attribute))
    return found


def _int8_like(module: nn.Module) -> _Int8Rows:
    if isinstance(module, nn.Embedding):
        return Int8Embedding(module.num_embeddings, module.embedding_dim, device=module.weight.device)
    assert isinstance(module, nn.Linear)
    return Int8Linear.like(module)


def int8_skeleton(model: nn.Module) -> nn.Module:
    """Swap the quantizable modules of a (meta-device) model for empty int8 ones, in place; returns the model."""
    for parent, attribute in _targets(model):
        setattr(parent, attribute, _int8_like(getattr(parent, attribute)))
    return model


@torch.no_grad()
def quantize_int8(model: nn.Module) -> nn.Module:
    """Quantize a loaded model in place, one module at a time (each float weight is freed once replaced);
    returns the model. A model already quantized is left as it is."""
    for parent, attribute in _targets(model):
        child = getattr(parent, attribute)
        replacement = _int8_like(child)
        replacement.set_weight(cast(torch.Tensor, child.weight))
        setattr(parent, attribute, replacement)
        del child, replacement  # the float weight is freed here, before the next module is quantized
    return model


def is_quantized(model: nn.Module) -> bool:
    """Whether any module of `model` holds int8 weights."""
    return any(isinstance(m, (Int8Linear, Int8Embedding)) for m in model.modules())
