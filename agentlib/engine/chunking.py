"""How many tokens, time steps and queries the engine processes at once: the one owner of chunk sizes.

A forward over T new tokens runs the self-decoder in time chunks (`forward_spans`); each chunk is exactly an
extend of the state by its tokens, so chunking never changes a result, only memory and speed:
- CPU: `CPU_FORWARD_CHUNK` tokens. Activations of tens of thousands of tokens (hundreds of MB each) come fresh
  from the OS on every allocation and miss every cache; 2K-token chunks ran a 32K prefill ~25% faster.
- CUDA: `CUDA_FORWARD_CHUNK` tokens. Large, so that mamba-ssm's fused prefill scan (fresh state only) serves
  a whole ordinary prompt, and still bounded, so a 64K prompt's activations fit beside the weights.
Callers (generation, sessions, benches) hand the whole token list to one `SambaY.forward`; they never chunk.

Inside the kernels:
- `SCAN_CHUNK`: time steps per batch of exp/products in the reference Mamba scan (64 keeps them in L2, 1.5x
  faster than 256 on CPU);
- `ATTENTION_QUERY_BLOCK`: queries per masked attention block (memory linear in the sequence length);
- `DECODE_SCORE_ELEMENTS`: score-matrix elements per slice of the folded few-query attention (16 MiB fp32);
  a large batch is processed in batch slices of that size;
- `KEY_UPCAST_BLOCK`: keys widened to fp32 at a time when PyTorch (not the C kernels) computes the folded
  attention of bf16/fp16 caches (fp32 scores and sums without an fp32 copy of the whole cache).

Left out: a per-model or per-memory-budget choice (the sizes above serve every SambaY size here).
"""

from __future__ import annotations

import torch

CPU_FORWARD_CHUNK = 2048
CUDA_FORWARD_CHUNK = 8192
SCAN_CHUNK = 64
ATTENTION_QUERY_BLOCK = 1024
DECODE_SCORE_ELEMENTS = 1 << 22
KEY_UPCAST_BLOCK = 4096


def forward_chunk(device: torch.device) -> int:
    """Tokens per self-decoder pass of one forward on `device`."""
    return CPU_FORWARD_CHUNK if device.type == "cpu" else CUDA_FORWARD_CHUNK


def forward_spans(total: int, device: torch.device) -> list[tuple[int, int]]:
    """[start, stop) time spans of a forward over `total` new tokens on `device`, in order."""
    step = forward_chunk(device)
    return [(start, min(start + step, total)) for start in range(0, total, step)]


def batch_slices(batch: int, scores_per_row: int) -> list[tuple[int, int]]:
    """[start, stop) batch slices whose score matrices hold at most DECODE_SCORE_ELEMENTS elements each
    (at least one row per slice)."""
    rows = max(1, DECODE_SCORE_ELEMENTS // max(1, scores_per_row))
    return [(start, min(start + rows, batch)) for start in range(0, batch, rows)]
