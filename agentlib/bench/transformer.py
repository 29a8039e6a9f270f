"""A plain transformer built from SambaY's own blocks, the baseline of `agentlib bench throughput`.

Same hidden size, head layout (GQA, differential attention), MLP, norms and number of layers as the SambaY
config it is made from, but every layer is full causal attention with its own growing KV cache: the design
SambaY's paper compares against. Each layer is a `DecoderLayer` in the full-attention role (so the same
kernels run: projections, folded decode attention, MLP), writing its K/V into its own `SharedKV`.

Left out: batches with padding, sampling (the bench times forward steps only), checkpoints.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import cast

import torch
from torch import nn

from agentlib.engine import chunking, kernels
from agentlib.engine.cache import SharedKV
from agentlib.engine.config import LayerKind, LayerRole, SambaYConfig
from agentlib.engine.model import DecoderLayer, SambaY


@dataclass
class LayerCache:
    """What one transformer layer's attention reads: its K/V (no padding mask)."""

    shared_kv: SharedKV
    key_valid: torch.Tensor | None = None


@dataclass
class TransformerState:
    """Per-layer K/V caches of a batch."""

    layers: list[LayerCache]
    num_tokens: int = 0
    batch_size: int = field(default=1)

    def nbytes(self) -> int:
        return sum(c.shared_kv.key.numel() * c.shared_kv.key.element_size() * 2 for c in self.layers)


class PlainTransformer(nn.Module):
    """Full attention in every layer, built from `config`'s blocks; random weights like `SambaY.init_random`."""

    def __init__(self, config: SambaYConfig, dtype: torch.dtype = torch.float32, device: torch.device | str = "cpu",
                 *, seed: int = 0):
        super().__init__()
        self.config = config
        with torch.device("meta"):
            self.embed_tokens = nn.Embedding(config.vocab_size, config.hidden_size)
            roles = [LayerRole(i, LayerKind.FULL, None) for i in range(config.num_hidden_layers)]
            self.layers = nn.ModuleList(DecoderLayer(config, role) for role in roles)
            self.final_layernorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)
        self.to(dtype=dtype)
        self.to_empty(device=device)
        SambaY.init_random(self, seed)  # type: ignore[arg-type]  # it only walks named_parameters

    @property
    def dtype(self) -> torch.dtype:
        return self.final_layernorm.weight.dtype

    @property
    def device(self) -> torch.device:
        return self.final_layernorm.weight.device

    def new_state(self, batch_size: int = 1) -> TransformerState:
        kv, hd = self.config.num_key_value_heads, self.config.head_dim

        def empty() -> torch.Tensor:
            return torch.zeros(batch_size, kv, 0, hd, dtype=self.dtype, device=self.device)

        return TransformerState([LayerCache(SharedKV(empty(), empty(), 0)) for _ in self.layers], 0, batch_size)

    @staticmethod
    def kv_bytes_per_token(config: SambaYConfig, dtype: torch.dtype) -> int:
        """K and V of every layer for one token."""
        item = torch.empty(0, dtype=dtype).element_size()
        return 2 * config.num_hidden_layers * config.num_key_value_heads * config.head_dim * item

    def parameter_count(self) -> int:
        return sum(math.prod(p.shape) for p in self.parameters())

    @torch.no_grad()
    def forward(self, input_ids: torch.Tensor, state: TransformerState) -> torch.Tensor:
        """input_ids (B, T) -> logits at the last position (B, 1, V) fp32; advances `state` (time chunks as
        SambaY's self-decoder)."""
        x = None
        for start, stop in chunking.forward_spans(input_ids.shape[1], self.device):
            q_pos = torch.arange(state.num_tokens + start, state.num_tokens + stop, device=self.device)
            x = self.embed_tokens(input_ids[:, start:stop].to(self.device)).float()
            for layer, cache in zip(cast("list[DecoderLayer]", list(self.layers)), state.layers):
                x = layer.finish(x, layer.attn(layer.norm_in(x), cache, q_pos))
        state.num_tokens += input_ids.shape[1]
        assert x is not None
        h = self.final_layernorm(x[:, -1:].to(self.dtype))
        return kernels.linear(h, self.embed_tokens.weight).float()  # the tied head
