"""SambaY (Phi-4-mini-flash-reasoning) in PyTorch: one forward for prefill, decode and extend.

The model (Ren et al., "Decoder-Hybrid-Decoder Architecture for Efficient Reasoning with Long Generation",
2025; the Hugging Face remote code `modeling_phi4flash.py` is the reference the golden fixtures come from).

Glossary: B batch, T new tokens, P positions whose logits are wanted, S keys, D hidden, H query heads, KV
key/value heads, hd = D/H head dim, g = H/KV, E = d_inner = 2D, N = d_state, K = d_conv, R = dt_rank,
sw sliding window, Δ (delta) step size, A = -exp(A_log), h SSM state, y Mamba output, λ the differential-
attention lambda, memory = layer L/2's ungated y (the GMUs' input), shared_kv = layer L/2+1's K/V.

Layers (roles from `config.layer_plan`): the self-decoder is Mamba (even i < L/2) and sliding-window attention
(odd i < L/2), then the memory Mamba at L/2 and full attention at L/2+1, whose K/V every cross layer reads; the
cross-decoder alternates GMU (even) and cross attention (odd) above. Every layer is pre-norm:
x = x + Mixer(LN1(x)); x = x + MLP(LN2(x)); then the final LayerNorm and the head tied to the embedding.

Blocks:
1. Norms: LayerNorm with weight and bias (eps = layer_norm_eps), inputs cast to the weight dtype; `subln` in
   differential attention is an RMSNorm over 2hd channels, eps 1e-5, in fp32, times its weight.
2. MLP (SwiGLU): [g | u] = fc1(x) (the first half is the gate), out = fc2(silu(g) ⊙ u); no biases.
3. Mamba-1: [x | z] = in_proj(h); x̃ = silu(causal depthwise conv(x) + bias); [δ | B | C] = x_proj(x̃);
   Δ = softplus(dt_proj(δ)) (with its bias); h_t = exp(Δ_t A) ⊙ h_{t-1} + (Δ_t x̃_t) ⊗ B_t in fp32;
   y_t = h_t·C_t + D ⊙ x̃_t; out = out_proj(y ⊙ silu(z)). Layer L/2 also exports y (ungated, D skip included)
   as the memory. The residual stream is fp32 from the first layer on (the reference upcasts it after every
   Mamba mixer), even in a bf16 model.
4. Differential attention: Wqkv (with bias) gives [Q heads | K heads | V heads], each head hd contiguous
   (cross layers: Q only; K/V are layer L/2+1's); no positional encoding of any kind. Heads split in stripes:
   q1 = even Q heads, q2 = odd (k, v likewise); inside a half, query half-head j uses kv half-head j // g.
   P1 = softmax(q1·k1ᵀ/√hd), P2 likewise (scale 1/√hd, not 1/√(2hd)); A1 = P1·[v1 ; v2], A2 = P2·[v1 ; v2];
   λ = exp(Σ λq1⊙λk1) − exp(Σ λq2⊙λk2) + λinit, λinit(i) = 0.8 − 0.6·exp(−0.3·i) with i the global layer
   index; O = subln(A1 − λ·A2)·(1 − λinit); half-head j's 2hd channels are heads 2j and 2j+1 again; out_proj
   (with bias). Masks: sliding layers see sw keys including the query (t−sw+1 … t); layer L/2+1 and the cross
   layers are causal over the full history.
5. GMU: out = out_proj(silu(in_proj(h)) ⊙ memory) at the same position; no biases, no state.

Linear prefill: the self-decoder runs on every new token (it writes all state); the cross-decoder writes no
state, so it runs only on the positions whose logits are asked for, and so does everything of layer L/2+1
but its K/V (its output is read only by the cross-decoder). vLLM's port prunes the same way. `SambaY.forward`
reads embed, self-decoder, cross-decoder, head; the bookkeeping (time chunks from `chunking`, the picked rows,
their order) lives in the helpers below it.

Numerics: SSM, softplus, exp, λ sums and subln in fp32; Linear layers in the weight dtype (bf16 weights:
bf16 in, fp32 sums, bf16 out, as PyTorch computes them); logits in fp32. Weights may also be int8 with one
scale per output row (`quant.py`): `_project` hands the scale to `kernels.linear`.

Left out: training, dropout, gradient checkpointing, and the reference cache's sliding-window start-up quirk:
its ring buffer rotates once the write position reaches sw−1 even when not full, so after a prompt shorter
than sw−1 a zero key/value slot stays in the window for about sw−1 decode steps (positions ≈511–1021 for the
real model, under Hugging Face generate only). Training, vLLM and the reference's own full forward use the
plain window, as this engine does.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

import torch
import torch.nn.functional as F
from torch import nn

from agentlib.engine import chunking, kernels
from agentlib.engine.cache import InferenceState, MambaState
from agentlib.engine.config import LayerKind, LayerRole, SambaYConfig, layer_plan
from agentlib.errors import ContextOverflowError, InputError

LogitsAt = Literal["last", "all"] | torch.Tensor
RANDOM_BLOCK = 1 << 26  # elements of fp32 noise drawn at once by `init_random`


@dataclass
class ForwardOutput:
    """logits: (B, P, V) fp32; hidden_states: L+1 residual-stream tensors (embeddings, then after each layer),
    (B, T, D) for the self-decoder and (B, P, D) for the cross-decoder; None unless asked for."""

    logits: torch.Tensor
    hidden_states: tuple[torch.Tensor, ...] | None = None


def lambda_init(layer_index: int) -> float:
    """λinit(i) = 0.8 - 0.6·exp(-0.3·i), i the global layer index."""
    return 0.8 - 0.6 * math.exp(-0.3 * layer_index)


def _project(module: nn.Module, x: torch.Tensor, rows: slice | None = None) -> torch.Tensor:
    """A Linear layer (or `rows` of its outputs) through `kernels.linear`: an int8 layer (quant.Int8Linear)
    brings its per-row scale; a one-token CPU step may stream the weight in C."""
    weight = cast(torch.Tensor, module.weight)
    bias = cast("torch.Tensor | None", getattr(module, "bias", None))
    scale = cast("torch.Tensor | None", getattr(module, "scale", None))
    if rows is not None:
        weight = weight[rows]
        bias = None if bias is None else bias[rows]
        scale = None if scale is None else scale[rows]
    return kernels.linear(x, weight, bias, scale)


class MLP(nn.Module):
    """SwiGLU: fc2(silu(gate) ⊙ up), gate = first half of fc1."""

    def __init__(self, config: SambaYConfig):
        super().__init__()
        self.fc1 = nn.Linear(config.hidden_size, 2 * config.intermediate_size, bias=False)
        self.fc2 = nn.Linear(config.intermediate_size, config.hidden_size, bias=False)

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        gate, up = _project(self.fc1, h).chunk(2, dim=-1)  # (B, T, I) each
        return _project(self.fc2, F.silu(gate) * up)  # (B, T, D)


class Mamba(nn.Module):
    """Mamba-1 mixer; returns its output and the ungated y (the memory, used at layer L/2)."""

    def __init__(self, config: SambaYConfig):
        super().__init__()
        d, e, n, r, k = config.hidden_size, config.d_inner, config.mamba_d_state, config.dt_rank, config.mamba_d_conv
        self.d_inner, self.d_state, self.dt_rank = e, n, r
        self.in_proj = nn.Linear(d, 2 * e, bias=config.mamba_proj_bias)
        self.conv1d = nn.Conv1d(e, e, k, groups=e, bias=config.mamba_conv_bias)
        self.x_proj = nn.Linear(e, r + 2 * n, bias=False)
        self.dt_proj = nn.Linear(r, e, bias=True)
        self.A_log = nn.Parameter(torch.empty(e, n))
        self.D = nn.Parameter(torch.empty(e))
        self.out_proj = nn.Linear(e, d, bias=config.mamba_proj_bias)

    def forward(self, h: torch.Tensor, state: MambaState, token_mask: torch.Tensor | None,
                fresh: bool) -> tuple[torch.Tensor, torch.Tensor]:
        # 1. Project: x feeds the conv/SSM, z gates the output.
        x, z = _project(self.in_proj, h).chunk(2, dim=-1)  # (B, T, E) each
        if token_mask is not None:  # pads become the zeros a fresh sequence starts from
            x = x * token_mask[..., None].to(x.dtype)
        # 2. Causal conv over [K-1 past raw inputs | new inputs]; keep the last K-1 raw inputs.
        x_t = x.transpose(1, 2)  # (B, E, T)
        x_conv = kernels.causal_conv(state.conv, x_t, self.conv1d.weight, self.conv1d.bias)  # (B, E, T)
        keep = state.conv.shape[-1]
        recent = x_t[..., max(0, x_t.shape[-1] - keep):]  # (B, E, ≤ K-1): older inputs never reach the state
        state.conv = torch.cat([state.conv, recent], dim=-1)[..., -keep:]  # (B, E, K-1)
        x_conv = x_conv.transpose(1, 2)  # (B, T, E)
        # 3-4. Input-dependent Δ, B, C; softplus in fp32.
        dt, b_ssm, c_ssm = _project(self.x_proj, x_conv).split([self.dt_rank, self.d_state, self.d_state], dim=-1)
        delta = F.softplus(F.linear(dt.float(), self.dt_proj.weight.float(), self.dt_proj.bias.float()))  # (B,T,E)
        if token_mask is not None:  # Δ = 0 leaves h untouched at pads
            delta = delta * token_mask[..., None].float()
        # 5-7. Recurrence in fp32.
        A = -torch.exp(self.A_log.float())  # (E, N)
        y, state.ssm = kernels.selective_scan(
            x_conv.float(), delta, A, b_ssm.float(), c_ssm.float(), self.D.float(), state.ssm, fresh=fresh,
        )  # (B, T, E), (B, E, N)
        # 8. Gate and project; y (ungated) is the GMU memory when this is layer L/2.
        out = _project(self.out_proj, (y * F.silu(z.float())).to(h.dtype))  # (B, T, D)
        return out, y


class InnerCrossAttn(nn.Module):
    """Differential-attention parameters: λ vectors (hd) and the subln RMSNorm weight (2hd)."""

    def __init__(self, head_dim: int):
        super().__init__()
        self.lambda_q1 = nn.Parameter(torch.empty(head_dim))
        self.lambda_k1 = nn.Parameter(torch.empty(head_dim))
        self.lambda_q2 = nn.Parameter(torch.empty(head_dim))
        self.lambda_k2 = nn.Parameter(torch.empty(head_dim))
        self.subln = nn.Module()
        self.subln.weight = nn.Parameter(torch.empty(2 * head_dim))

    def subln_weight(self) -> torch.Tensor:
        return cast(torch.Tensor, self.subln.weight)


class DiffAttention(nn.Module):
    """Differential attention for SWA, full (writes shared_kv) and cross (reads it) layers."""

    def __init__(self, config: SambaYConfig, role: LayerRole):
        super().__init__()
        self.role = role
        self.heads, self.kv_heads = config.num_attention_heads, config.num_key_value_heads
        self.head_dim = config.head_dim
        out_heads = self.heads if role.kind is LayerKind.CROSS else self.heads + 2 * self.kv_heads
        self.Wqkv = nn.Linear(config.hidden_size, out_heads * self.head_dim, bias=True)
        self.out_proj = nn.Linear(self.heads * self.head_dim, config.hidden_size, bias=True)
        self.inner_cross_attn = InnerCrossAttn(self.head_dim)
        self.lambda_init = lambda_init(role.index)

    def forward(self, h: torch.Tensor, state: InferenceState, q_pos: torch.Tensor, *,
                keys_written: bool = False) -> torch.Tensor:
        """h: (B, T, D) normed inputs at absolute positions q_pos (T,). keys_written (full layer only): this
        call's K/V are already in shared_kv (`write_shared_kv` ran on every new token) and h holds only the
        positions whose output is needed; they attend over the whole shared KV, causally."""
        bsz, t, _ = h.shape
        H, KV, hd = self.heads, self.kv_heads, self.head_dim
        kind = self.role.kind
        if kind is LayerKind.CROSS or keys_written:
            q = _project(self.Wqkv, h, slice(0, H * hd)).view(bsz, t, H, hd).transpose(1, 2)  # (B, H, T, hd)
            k, v = state.shared_kv.key, state.shared_kv.value  # (B, KV, S, hd)
            end = state.shared_kv.length
        else:
            qkv = _project(self.Wqkv, h)  # (B, T, (H+2KV)·hd)
            q = qkv[..., : H * hd].view(bsz, t, H, hd).transpose(1, 2)  # (B, H, T, hd)
            k_new = qkv[..., H * hd: (H + KV) * hd].view(bsz, t, KV, hd).transpose(1, 2)  # (B, KV, T, hd)
            v_new = qkv[..., (H + KV) * hd:].view(bsz, t, KV, hd).transpose(1, 2)  # (B, KV, T, hd)
            if kind is LayerKind.SWA:
                k, v = state.windows[self.role.index].append(k_new, v_new)  # (B, KV, S ≤ sw-1+T, hd)
            else:
                state.shared_kv.append(k_new, v_new)
                k, v = state.shared_kv.key, state.shared_kv.value  # (B, KV, S, hd)
            end = int(q_pos[-1]) + 1
        k_pos = torch.arange(end - k.shape[2], end, device=h.device)  # (S,)
        key_valid = None if state.key_valid is None else state.key_valid[:, end - k.shape[2]: end]
        o = self._differential(q, k, v, q_pos, k_pos, key_valid)  # (B, T, H·hd)
        return _project(self.out_proj, o.to(h.dtype))  # (B, T, D)

    def write_shared_kv(self, h: torch.Tensor, state: InferenceState) -> None:
        """Full layer: append the K/V of every new token (B, T, D normed) to shared_kv, without queries."""
        bsz, t, _ = h.shape
        H, KV, hd = self.heads, self.kv_heads, self.head_dim
        kv = _project(self.Wqkv, h, slice(H * hd, (H + 2 * KV) * hd))  # (B, T, 2KV·hd)
        k_new = kv[..., : KV * hd].view(bsz, t, KV, hd).transpose(1, 2)  # (B, KV, T, hd)
        v_new = kv[..., KV * hd:].view(bsz, t, KV, hd).transpose(1, 2)  # (B, KV, T, hd)
        state.shared_kv.append(k_new, v_new)

    def _differential(self, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, q_pos: torch.Tensor,
                      k_pos: torch.Tensor, key_valid: torch.Tensor | None) -> torch.Tensor:
        """softmax(q1k1)·[v1;v2] − λ·softmax(q2k2)·[v1;v2], subln, re-interleaved heads."""
        bsz, H, t, hd = q.shape
        a1, a2 = kernels.differential_attention(
            q, k, v, q_pos=q_pos, k_pos=k_pos, window=self.role.window, key_valid=key_valid, scale=hd ** -0.5,
        )  # (B, H/2, T, 2hd) each
        p = self.inner_cross_attn
        lam = (torch.exp((p.lambda_q1.float() * p.lambda_k1.float()).sum())
               - torch.exp((p.lambda_q2.float() * p.lambda_k2.float()).sum()) + self.lambda_init)
        o = a1.float() - lam * a2.float()  # (B, H/2, T, 2hd)
        o = o * torch.rsqrt(o.pow(2).mean(dim=-1, keepdim=True) + 1e-5) * p.subln_weight().float()
        o = o * (1.0 - self.lambda_init)
        # Half-head j's 2hd channels are original heads 2j, 2j+1: a plain reshape re-interleaves them.
        return o.transpose(1, 2).reshape(bsz, t, H * hd)  # (B, T, H·hd)


class GMU(nn.Module):
    """Gated memory unit: out_proj(silu(in_proj(h)) ⊙ memory)."""

    def __init__(self, config: SambaYConfig):
        super().__init__()
        self.in_proj = nn.Linear(config.hidden_size, config.d_inner, bias=False)
        self.out_proj = nn.Linear(config.d_inner, config.hidden_size, bias=False)

    def forward(self, h: torch.Tensor, memory: torch.Tensor) -> torch.Tensor:
        gated = F.silu(_project(self.in_proj, h).float()) * memory  # (B, P, E) fp32
        return _project(self.out_proj, gated.to(h.dtype))  # (B, P, D)


class DecoderLayer(nn.Module):
    """Pre-norm block: LayerNorm -> mixer -> residual; LayerNorm -> MLP -> residual."""

    role: LayerRole
    attn: Mamba | GMU | DiffAttention

    def __init__(self, config: SambaYConfig, role: LayerRole):
        super().__init__()
        self.role = role
        self.input_layernorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)
        self.post_attention_layernorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)
        if role.kind in (LayerKind.MAMBA, LayerKind.MAMBA_MEMORY):
            self.attn = Mamba(config)
        elif role.kind is LayerKind.GMU:
            self.attn = GMU(config)
        else:
            self.attn = DiffAttention(config, role)
        self.mlp = MLP(config)

    def norm_in(self, x: torch.Tensor) -> torch.Tensor:
        return self.input_layernorm(x.to(self.input_layernorm.weight.dtype))

    def finish(self, x: torch.Tensor, mixed: torch.Tensor) -> torch.Tensor:
        """Add the mixer output, then the MLP branch; the residual stays fp32."""
        x = x + mixed.float()
        h = self.post_attention_layernorm(x.to(self.post_attention_layernorm.weight.dtype))
        return x + self.mlp(h).float()


@dataclass
class _Call:
    """The bookkeeping of one forward call: where the new tokens sit, which rows the cross-decoder needs.

    q_pos: (T,) absolute positions of the new tokens; picks: (P,) positions in [0, T) whose logits are wanted
    (None = all); prune: the cross-decoder and layer L/2+1's queries run at the picks only (not when every
    position or the hidden states are asked for); fresh: the state held no token before this call;
    hidden: per layer, the residual-stream pieces collected for `return_hidden_states`.
    """

    state: InferenceState
    q_pos: torch.Tensor
    token_mask: torch.Tensor | None
    picks: torch.Tensor | None
    prune: bool
    fresh: bool
    hidden: list[list[torch.Tensor]] | None

    def record(self, layer: int, x: torch.Tensor) -> None:
        """Keep x (the residual stream after `layer`, -1 = the embeddings) when hidden states are asked for."""
        if self.hidden is not None:
            self.hidden[layer + 1].append(x)

    def hidden_states(self) -> tuple[torch.Tensor, ...] | None:
        if self.hidden is None:
            return None
        return tuple(torch.cat(parts, dim=1) for parts in self.hidden)


class SambaY(nn.Module):
    """The SambaY decoder-hybrid-decoder LM; parameter names follow the checkpoint (see weights.py)."""

    def __init__(self, config: SambaYConfig, dtype: torch.dtype = torch.float32,
                 device: torch.device | str = "cpu", *, seed: int = 0):
        super().__init__()
        self.config = config
        self.plan = layer_plan(config)
        with torch.device("meta"):  # allocate nothing until the target dtype and device are known
            self.embed_tokens = nn.Embedding(config.vocab_size, config.hidden_size)
            self.layers = nn.ModuleList(DecoderLayer(config, role) for role in self.plan)
            self.final_layernorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)
            self.lm_head = None if config.tie_word_embeddings else nn.Linear(
                config.hidden_size, config.vocab_size, bias=False)
        self.to(dtype=dtype)
        if str(device) != "meta":
            self.to_empty(device=device)
            self.init_random(seed)

    @property
    def dtype(self) -> torch.dtype:
        """The compute dtype (LayerNorms are never quantized, so this holds for int8 models too)."""
        return self.final_layernorm.weight.dtype

    @property
    def device(self) -> torch.device:
        return self.final_layernorm.weight.device

    @torch.no_grad()
    def init_random(self, seed: int = 0) -> None:
        """Non-trivial random weights (like the golden fixtures): every parameter influences the logits. Tensors
        above RANDOM_BLOCK elements are drawn a block of rows at a time, so building the real config never holds
        more than one fp32 block beside the weights."""
        gen = torch.Generator().manual_seed(seed)

        def normal(shape: tuple[int, ...], std: float, mean: float = 0.0) -> torch.Tensor:
            return torch.randn(shape, generator=gen) * std + mean

        for name, p in self.named_parameters():
            leaf = name.rsplit(".", 1)[-1]
            shape = tuple(p.shape)
            if name.endswith("A_log"):
                p.copy_(torch.log(torch.arange(1, shape[1] + 1).float()).expand(shape) + normal(shape, 0.3))
            elif leaf == "D":
                p.copy_(normal(shape, 0.3, 1.0))
            elif name.endswith("dt_proj.bias"):
                dt = torch.rand(shape, generator=gen) * 0.49 + 0.01
                p.copy_(dt + torch.log(-torch.expm1(-dt)))  # inverse softplus
            elif "lambda_" in leaf:
                p.copy_(normal(shape, 0.3))
            elif "layernorm" in name or "subln" in name:
                p.copy_(normal(shape, 0.15, 1.0) if leaf == "weight" else normal(shape, 0.1))
            elif leaf == "bias":
                p.copy_(normal(shape, 0.1))
            else:
                std = 1.0 if name == "embed_tokens.weight" else math.prod(shape[1:]) ** -0.5
                step = max(1, RANDOM_BLOCK // max(1, math.prod(shape[1:]))) if p.numel() > RANDOM_BLOCK else shape[0]
                for lo in range(0, shape[0], step):
                    p[lo: lo + step].copy_(normal((min(step, shape[0] - lo), *shape[1:]), std))

    @classmethod
    def from_pretrained(cls, local_dir: str | Path, dtype: torch.dtype = torch.float32,
                        device: torch.device | str = "cpu", *, quantize: str | None = None,
                        **config_overrides: object) -> SambaY:
        """Load config.json + safetensors from a local folder (see weights.load_model); quantize="int8" keeps
        Linear and embedding weights as int8 with per-row scales (quant.py), converted tensor by tensor."""
        from agentlib.engine.weights import load_model

        return load_model(local_dir, dtype=dtype, device=device, quantize=quantize, **config_overrides)

    def new_state(self, batch_size: int = 1) -> InferenceState:
        """A fresh inference state for `batch_size` sequences."""
        return InferenceState.empty(self.config, batch_size, dtype=self.dtype, device=self.device)

    def head_module(self) -> nn.Module:
        """The LM head's weights: the embedding (tied, the real model) or `lm_head`."""
        return self.embed_tokens if self.lm_head is None else self.lm_head

    def lm_head_weight(self) -> torch.Tensor:
        return cast(torch.Tensor, self.head_module().weight)

    def blocks(self, start: int = 0, stop: int | None = None) -> list[DecoderLayer]:
        """The decoder layers [start, stop), typed."""
        return cast("list[DecoderLayer]", list(self.layers)[start:stop])

    @torch.no_grad()
    def forward(self, input_ids: torch.Tensor, state: InferenceState | None = None, *,
                logits_at: LogitsAt = "last", attention_mask: torch.Tensor | None = None,
                return_hidden_states: bool = False, prune: bool = True) -> ForwardOutput:
        """Run T new tokens through the model, advancing `state` in place (None = a fresh throwaway state).

        input_ids: (B, T) token ids; logits_at: "last", "all" or a 1-D LongTensor of positions in [0, T);
        attention_mask: (B, T) 1 = token, 0 = left padding (only on a fresh state); prune=False runs the
        cross-decoder at every position even when fewer logits are wanted (the work pruning skips: benches and
        tests). Returns logits (B, P, V) fp32. Raises InputError (bad ids, mask, positions, batch) and
        ContextOverflowError (past config.max_context).
        """
        call = self._begin(input_ids, state, logits_at, attention_mask, return_hidden_states or not prune,
                           return_hidden_states)
        x, memory = self._self_decoder(input_ids.to(self.device), call)  # (B, P or T, D), (B, P or T, E)
        x = self._cross_decoder(x, memory, call)  # (B, P or T, D)
        if call.picks is not None and not call.prune:
            x = x[:, call.picks]  # (B, P, D)
        return ForwardOutput(self._head(x), call.hidden_states())

    # The three parts of the network.

    def _self_decoder(self, input_ids: torch.Tensor, call: _Call) -> tuple[torch.Tensor, torch.Tensor]:
        """Embed and run layers 0..L/2+1 on every new token, in time chunks (each exactly an extend of the
        state); they write conv/SSM states, windows and shared_kv, and layer L/2 emits the memory. Returns the
        residual stream and memory at the picked positions, in the order of `call.picks` (all positions when
        nothing is pruned)."""
        rows, memory_rows, taken = [], [], []
        for start, stop in chunking.forward_spans(input_ids.shape[1], self.device):
            x, memory = self._self_decoder_chunk(input_ids[:, start:stop], call, start, stop)
            if call.prune and call.picks is not None:  # keep only this chunk's picked rows: P in all, whatever T
                here, at = _picks_within(call.picks, start, stop)
                x, memory = x[:, at], memory[:, at]
                taken.append(here)
            rows.append(x)
            memory_rows.append(memory)
        call.state.num_tokens += input_ids.shape[1]
        x, memory = torch.cat(rows, dim=1), torch.cat(memory_rows, dim=1)
        if call.prune:
            return _reorder(x, taken), _reorder(memory, taken)
        return x, memory

    def _self_decoder_chunk(self, input_ids: torch.Tensor, call: _Call, start: int,
                            stop: int) -> tuple[torch.Tensor, torch.Tensor]:
        """Layers 0..L/2+1 on new tokens [start, stop) of the call (B, c); with pruning, layer L/2+1 only writes
        its K/V. Returns the residual stream (B, c, D) fp32 and the memory (B, c, E)."""
        q_pos = call.q_pos[start:stop]
        token_mask = None if call.token_mask is None else call.token_mask[:, start:stop]
        fresh = call.fresh and start == 0
        x = self.embed_tokens(input_ids).float()  # (B, c, D) fp32 residual stream
        call.record(-1, x)
        memory = x.new_empty(0)
        for layer in self.blocks(0, self.config.cross_start):
            role, h, attn = layer.role, layer.norm_in(x), layer.attn
            if isinstance(attn, DiffAttention) and role.kind is LayerKind.FULL and call.prune:
                attn.write_shared_kv(h, call.state)
                break
            if isinstance(attn, Mamba):
                mixed, y = attn(h, call.state.mamba[role.index], token_mask, fresh)
                if role.kind is LayerKind.MAMBA_MEMORY:
                    memory = y  # (B, c, E) fp32, ungated
            else:
                mixed = attn(h, call.state, q_pos)
            x = layer.finish(x, mixed)
            call.record(role.index, x)
        return x, memory

    def _cross_decoder(self, x: torch.Tensor, memory: torch.Tensor, call: _Call) -> torch.Tensor:
        """The rest of layer L/2+1 when pruned (queries, attention over the whole shared KV, MLP at the picked
        positions), then the GMU and cross-attention layers, which write no state. x, memory: (B, P, ·) when
        pruned, else (B, T, ·), run in the time chunks of the self-decoder (every row is independent here)."""
        if call.prune:
            q_pos = call.q_pos[call.picks]  # (P,)
            full = self.blocks(self.config.shared_kv_layer)[0]
            x = full.finish(x, full.attn(full.norm_in(x), call.state, q_pos, keys_written=True))
            return self._cross_layers(x, memory, q_pos, call)
        parts = [self._cross_layers(x[:, start:stop], memory[:, start:stop], call.q_pos[start:stop], call)
                 for start, stop in chunking.forward_spans(x.shape[1], self.device)]
        return torch.cat(parts, dim=1)

    def _cross_layers(self, x: torch.Tensor, memory: torch.Tensor, q_pos: torch.Tensor, call: _Call) -> torch.Tensor:
        """GMU and cross-attention layers on rows at positions q_pos: x (B, n, D), memory (B, n, E)."""
        for layer in self.blocks(self.config.cross_start):
            h = layer.norm_in(x)
            mixed = layer.attn(h, memory) if isinstance(layer.attn, GMU) else layer.attn(h, call.state, q_pos)
            x = layer.finish(x, mixed)
            call.record(layer.role.index, x)
        return x

    def _head(self, x: torch.Tensor) -> torch.Tensor:
        """Final LayerNorm and the (tied) head; logits (B, P, V) fp32."""
        h = self.final_layernorm(x.to(self.final_layernorm.weight.dtype))
        return _project(self.head_module(), h).float()

    def _begin(self, input_ids: torch.Tensor, state: InferenceState | None, logits_at: LogitsAt,
               attention_mask: torch.Tensor | None, every_row: bool, collect: bool) -> _Call:
        """Check every input (before any state changes), then set up the call: positions, the key-validity
        mask of a left-padded batch, the picked positions; every_row: no pruning; collect: keep hidden states."""
        bsz, t = self._check_ids(input_ids)
        if state is None:
            state = self.new_state(bsz)
        if state.batch_size != bsz:
            raise InputError(f"state holds a batch of {state.batch_size}, input_ids has {bsz} rows")
        total = state.num_tokens + t
        if total > self.config.max_context:
            raise ContextOverflowError(
                f"context of {total} tokens ({state.num_tokens} cached + {t} new) exceeds max_context "
                f"{self.config.max_context}", prompt_tokens=total, context_length=self.config.max_context)
        token_mask = self._check_mask(attention_mask, bsz, t, state)
        picks = self._check_logits_at(logits_at, t)
        device = self.device
        if token_mask is not None or state.key_valid is not None:
            old = state.key_valid if state.key_valid is not None else torch.ones(
                bsz, state.num_tokens, dtype=torch.bool, device=device)
            new = token_mask if token_mask is not None else torch.ones(bsz, t, dtype=torch.bool, device=device)
            state.key_valid = torch.cat([old, new], dim=1)  # (B, total)
        hidden: list[list[torch.Tensor]] | None = (
            [[] for _ in range(self.config.num_hidden_layers + 1)] if collect else None)
        return _Call(state, torch.arange(state.num_tokens, total, device=device), token_mask, picks,
                     picks is not None and not every_row, state.num_tokens == 0, hidden)

    # Input checks: every user error becomes a typed error before any state changes.

    def _check_ids(self, input_ids: torch.Tensor) -> tuple[int, int]:
        if not isinstance(input_ids, torch.Tensor) or input_ids.ndim != 2 or input_ids.dtype not in (
                torch.int64, torch.int32):
            raise InputError("input_ids must be an integer tensor of shape (batch, tokens)")
        bsz, t = input_ids.shape
        if bsz < 1 or t < 1:
            raise InputError(f"input_ids must hold at least one token per row, got shape {tuple(input_ids.shape)}")
        low, high = int(input_ids.min()), int(input_ids.max())
        if low < 0 or high >= self.config.vocab_size:
            bad = low if low < 0 else high
            raise InputError(f"token id {bad} is out of range [0, {self.config.vocab_size})")
        return bsz, t

    def _check_mask(self, mask: torch.Tensor | None, bsz: int, t: int,
                    state: InferenceState) -> torch.Tensor | None:
        if mask is None:
            return None
        if not isinstance(mask, torch.Tensor) or tuple(mask.shape) != (bsz, t):
            raise InputError(f"attention_mask must have shape {(bsz, t)} like input_ids")
        if not bool(((mask == 0) | (mask == 1)).all()):
            raise InputError("attention_mask must hold only 0 (padding) and 1 (token)")
        mask = mask.to(device=self.device, dtype=torch.bool)
        if bool(mask.all()):
            return None
        if state.num_tokens:
            raise InputError("attention_mask with padding is only supported on a fresh state (prefill)")
        if bool((mask[:, 1:] < mask[:, :-1]).any()):
            raise InputError("attention_mask must be left padding: zeros only before a row's tokens")
        if not bool(mask[:, -1].all()):
            raise InputError("every row of attention_mask needs at least one token (a 1 in the last column)")
        return mask

    def _check_logits_at(self, logits_at: LogitsAt, t: int) -> torch.Tensor | None:
        if isinstance(logits_at, str):
            if logits_at == "all":
                return None
            if logits_at == "last":
                return torch.tensor([t - 1], device=self.device)
            raise InputError(f"logits_at must be 'last', 'all' or a tensor of positions, got {logits_at!r}")
        if not isinstance(logits_at, torch.Tensor) or logits_at.ndim != 1 or logits_at.numel() == 0 \
                or logits_at.dtype not in (torch.int64, torch.int32):
            raise InputError("logits_at tensor must be a non-empty 1-D integer tensor of positions")
        if int(logits_at.min()) < -t or int(logits_at.max()) >= t:
            raise InputError(f"logits_at positions must lie in [0, {t}), got {logits_at.tolist()}")
        return logits_at.to(self.device) % t


def _picks_within(picks: torch.Tensor, start: int, stop: int) -> tuple[torch.Tensor, torch.Tensor]:
    """The picks inside chunk [start, stop): (their indices into `picks`, their rows within the chunk)."""
    here = torch.nonzero((picks >= start) & (picks < stop)).flatten()
    return here, picks[here] - start


def _reorder(rows: torch.Tensor, taken: list[torch.Tensor]) -> torch.Tensor:
    """Rows gathered chunk by chunk (B, P, ·), where chunk i held picks `taken[i]`, back in the picks' order."""
    order = torch.cat(taken)
    return rows.new_empty(rows.shape).index_copy_(1, order, rows)
