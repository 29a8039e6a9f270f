"""Decode as one captured CUDA graph per step: static state buffers, positions as device tensors.

On a GPU a SambaY decode step is a few hundred small kernel launches, so it is bound by launching them (7.7 ms
per token on the scaled config on an H200, at 1K and 32K alike). A CUDA graph replays the whole step with one
launch; that needs every shape and address fixed and no value read back to the host. `GraphDecoder` keeps:
- the shared KV in buffers of a fixed capacity (a power of two, at least 1024 tokens): the step writes the new
  key/value at index `position` and attends over the whole buffer with keys past `position` masked;
- each sliding window as a ring of sw slots: position q lives in slot q % sw (attention has no positional
  encoding, so the order of keys does not matter, only which are valid);
- the Mamba conv and SSM states, updated in place;
- `position`, a device tensor advanced inside the step; the token ids and the logits in fixed buffers.
Past the capacity, the buffers double and the graph is captured again (once per doubling).

`step_static` is the step itself, plain tensor ops with static shapes: on the CPU (and in the tests) it runs
eagerly and must equal `SambaY.forward` on the same state at every step; on CUDA `GraphDecoder` warms it up on
a side stream, restores the buffers, and captures it. Prefill stays on the regular chunked path
(`SambaY.forward`); `GraphDecoder(model, state)` copies the prefilled state in, `to_state()` copies it out.

The attention of the static step widens keys and values to fp32 per step (scores and sums in fp32, as the CPU
path) and reads the whole capacity (masked), where the CPU decode path reads only the filled part.
Left out: left-padded batches (`key_valid`), int8 weights on CUDA (dequantized per call by kernels.linear).
Tested on CPU only here: graph capture needs a GPU, and none was available when this was written.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from agentlib.engine.cache import InferenceState, MambaState, SharedKV, WindowKV
from agentlib.engine.config import LayerKind
from agentlib.engine.model import GMU, DiffAttention, Mamba, SambaY, _project
from agentlib.errors import InputError

MIN_CAPACITY = 1024


def capacity_for(tokens: int) -> int:
    """The static KV capacity that holds `tokens` (a power of two, at least MIN_CAPACITY)."""
    capacity = MIN_CAPACITY
    while capacity < tokens:
        capacity *= 2
    return capacity


@dataclass
class StaticBuffers:
    """Every tensor a static decode step reads or writes (fixed shapes and addresses)."""

    ids: torch.Tensor  # (B, 1) long
    position: torch.Tensor  # () long: the position of the token in `ids`
    shared_key: torch.Tensor  # (B, KV, capacity, hd)
    shared_value: torch.Tensor
    window_keys: dict[int, torch.Tensor]  # layer -> (B, KV, sw, hd) ring
    window_values: dict[int, torch.Tensor]
    conv: dict[int, torch.Tensor]  # layer -> (B, E, K-1)
    ssm: dict[int, torch.Tensor]  # layer -> (B, E, N) fp32
    logits: torch.Tensor  # (B, 1, V) fp32

    @property
    def capacity(self) -> int:
        return self.shared_key.shape[2]

    def tensors(self) -> list[torch.Tensor]:
        """The state tensors a step changes (saved and restored around a warm-up)."""
        return [self.position, self.shared_key, self.shared_value, *self.window_keys.values(),
                *self.window_values.values(), *self.conv.values(), *self.ssm.values()]


def buffers_from_state(model: SambaY, state: InferenceState, capacity: int | None = None) -> StaticBuffers:
    """Copy a (prefilled) state into static buffers of `capacity` (default: `capacity_for(num_tokens + 1)`)."""
    if state.key_valid is not None:
        raise InputError("static decode does not take left-padded batches (key_valid); decode them with forward()")
    n, bsz = state.num_tokens, state.batch_size
    capacity = capacity or capacity_for(n + 1)
    if capacity <= n:
        raise InputError(f"capacity {capacity} must exceed the {n} tokens the state holds")
    device = model.device
    shared = state.shared_kv
    kv, hd = shared.key.shape[1], shared.key.shape[3]
    key = torch.zeros(bsz, kv, capacity, hd, dtype=shared.key.dtype, device=device)
    value = torch.zeros_like(key)
    key[:, :, :n], value[:, :, :n] = shared.key, shared.value
    window_keys, window_values = {}, {}
    for index, window in state.windows.items():
        size = window.keep + 1  # sw slots: the sw-1 kept keys and the step's own
        ring_k = torch.zeros(bsz, kv, size, hd, dtype=window.key.dtype, device=device)
        ring_v = torch.zeros_like(ring_k)
        held = window.key.shape[2]
        slots = torch.arange(n - held, n, device=device) % size
        ring_k[:, :, slots], ring_v[:, :, slots] = window.key, window.value
        window_keys[index], window_values[index] = ring_k, ring_v
    return StaticBuffers(
        ids=torch.zeros(bsz, 1, dtype=torch.long, device=device),
        position=torch.tensor(n, dtype=torch.long, device=device),
        shared_key=key, shared_value=value, window_keys=window_keys, window_values=window_values,
        conv={i: s.conv.clone() for i, s in state.mamba.items()},
        ssm={i: s.ssm.clone() for i, s in state.mamba.items()},
        logits=torch.zeros(bsz, 1, model.config.vocab_size, dtype=torch.float32, device=device),
    )


def state_from_buffers(model: SambaY, buffers: StaticBuffers, num_tokens: int) -> InferenceState:
    """The regular state equal to static buffers holding `num_tokens` tokens (windows back in time order)."""
    n = num_tokens
    windows = {}
    for index, ring_k in buffers.window_keys.items():
        size = ring_k.shape[2]
        held = min(n, size - 1)
        slots = torch.arange(n - held, n, device=ring_k.device) % size
        ring_v = buffers.window_values[index]
        windows[index] = WindowKV(ring_k[:, :, slots].contiguous(), ring_v[:, :, slots].contiguous(), size - 1)
    key, value = buffers.shared_key[:, :, :n].clone(), buffers.shared_value[:, :, :n].clone()
    shared = SharedKV(key, value, n)
    mamba = {i: MambaState(buffers.conv[i].clone(), buffers.ssm[i].clone()) for i in buffers.conv}
    return InferenceState(model.config, mamba, windows, shared, n, None, buffers.ids.shape[0])


def _attention(attn: DiffAttention, h: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
               valid: torch.Tensor) -> torch.Tensor:
    """Folded differential attention of one query per row over (B, KV, S, hd) keys, `valid` (S,) bool.
    Returns A1, A2 combined as the layer's output before out_proj: (B, 1, H·hd)."""
    bsz = h.shape[0]
    H, KV, hd = attn.heads, attn.kv_heads, attn.head_dim
    pairs, g, s = KV // 2, H // KV, key.shape[2]
    q = _project(attn.Wqkv, h, slice(0, H * hd)).view(bsz, pairs, g, 2, hd).transpose(2, 3)  # (B, KV/2, 2, g, hd)
    stripes_k = key.view(bsz, pairs, 2, s, hd).float()
    scores = torch.matmul(q.float() * hd ** -0.5, stripes_k.transpose(-1, -2))  # (B, KV/2, 2, g, S)
    scores = scores.masked_fill(~valid, float("-inf"))
    probs = torch.softmax(scores.reshape(bsz, pairs, 2 * g, s), dim=-1)  # (B, KV/2, 2g, S)
    stripes_v = value.view(bsz, pairs, 2, s, hd).float()
    a = torch.cat([probs @ stripes_v[:, :, 0], probs @ stripes_v[:, :, 1]], dim=-1)  # (B, KV/2, 2g, 2hd)
    a = a.view(bsz, pairs, 2, g, 2 * hd)
    a1 = a[:, :, 0].reshape(bsz, H // 2, 1, 2 * hd)
    a2 = a[:, :, 1].reshape(bsz, H // 2, 1, 2 * hd)
    p = attn.inner_cross_attn
    lam = (torch.exp((p.lambda_q1.float() * p.lambda_k1.float()).sum())
           - torch.exp((p.lambda_q2.float() * p.lambda_k2.float()).sum()) + attn.lambda_init)
    o = a1 - lam * a2
    o = o * torch.rsqrt(o.pow(2).mean(dim=-1, keepdim=True) + 1e-5) * p.subln_weight().float()
    o = o * (1.0 - attn.lambda_init)
    return _project(attn.out_proj, o.transpose(1, 2).reshape(bsz, 1, H * hd).to(h.dtype))


def _write_kv(attn: DiffAttention, h: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
              slot: torch.Tensor) -> None:
    """Project the new token's K/V (B, 1, D -> B, KV, 1, hd) and write them at index `slot` (1,) of dim 2."""
    bsz = h.shape[0]
    H, KV, hd = attn.heads, attn.kv_heads, attn.head_dim
    kv = _project(attn.Wqkv, h, slice(H * hd, (H + 2 * KV) * hd))
    key.index_copy_(2, slot, kv[..., : KV * hd].view(bsz, 1, KV, hd).transpose(1, 2).to(key.dtype))
    value.index_copy_(2, slot, kv[..., KV * hd:].view(bsz, 1, KV, hd).transpose(1, 2).to(value.dtype))


@torch.no_grad()
def step_static(model: SambaY, buffers: StaticBuffers) -> torch.Tensor:
    """One decode step on static buffers: the token in `buffers.ids` at `buffers.position`; writes the logits
    (B, 1, V) into `buffers.logits`, advances every state and the position in place; returns the logits."""
    position = buffers.position
    slot = position.view(1)
    x = model.embed_tokens(buffers.ids).float()  # (B, 1, D)
    memory = x.new_empty(0)
    shared_valid = torch.arange(buffers.capacity, device=x.device) <= position
    for layer in model.blocks():
        role, h, attn = layer.role, layer.norm_in(x), layer.attn
        if isinstance(attn, Mamba):
            live = MambaState(buffers.conv[role.index], buffers.ssm[role.index])
            mixed, y = attn(h, live, None, False)
            buffers.conv[role.index].copy_(live.conv)
            buffers.ssm[role.index].copy_(live.ssm)
            if role.kind is LayerKind.MAMBA_MEMORY:
                memory = y
        elif isinstance(attn, GMU):
            mixed = attn(h, memory)
        elif role.kind is LayerKind.SWA:
            ring_k, ring_v = buffers.window_keys[role.index], buffers.window_values[role.index]
            size = ring_k.shape[2]
            _write_kv(attn, h, ring_k, ring_v, torch.remainder(slot, size))
            mixed = _attention(attn, h, ring_k, ring_v, torch.arange(size, device=x.device) <= position)
        elif role.kind is LayerKind.FULL:
            _write_kv(attn, h, buffers.shared_key, buffers.shared_value, slot)
            mixed = _attention(attn, h, buffers.shared_key, buffers.shared_value, shared_valid)
        else:
            mixed = _attention(attn, h, buffers.shared_key, buffers.shared_value, shared_valid)
        x = layer.finish(x, mixed)
    buffers.logits.copy_(model._head(x))
    position.add_(1)
    return buffers.logits


class GraphDecoder:
    """Decode steps of one state through `step_static`: replayed CUDA graphs on a GPU, eager elsewhere.

    `step(ids)` takes (B, 1) token ids and returns the next logits (B, 1, V) (a view of a static buffer:
    copy it to keep it past the next step). `to_state()` returns the regular state it has reached.
    """

    def __init__(self, model: SambaY, state: InferenceState, *, use_graphs: bool | None = None):
        self.model = model
        self.length = state.num_tokens
        self.buffers = buffers_from_state(model, state)
        self.use_graphs = model.device.type == "cuda" if use_graphs is None else use_graphs
        if self.use_graphs and model.device.type != "cuda":
            raise InputError("CUDA graphs need a CUDA model")
        self.graph: torch.cuda.CUDAGraph | None = None

    def _capture(self) -> None:
        """Warm up on a side stream, restore the state the warm-up advanced, capture one step."""
        saved = [t.clone() for t in self.buffers.tensors()]
        stream = torch.cuda.Stream()
        stream.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(stream):
            for _ in range(2):
                step_static(self.model, self.buffers)
        torch.cuda.current_stream().wait_stream(stream)
        for live, copy in zip(self.buffers.tensors(), saved):
            live.copy_(copy)
        self.graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(self.graph):
            step_static(self.model, self.buffers)
        for live, copy in zip(self.buffers.tensors(), saved):  # capture records; the state is as before
            live.copy_(copy)

    def step(self, ids: torch.Tensor) -> torch.Tensor:
        """Feed (B, 1) token ids; returns logits (B, 1, V) fp32."""
        if tuple(ids.shape) != tuple(self.buffers.ids.shape):
            raise InputError(f"ids must have shape {tuple(self.buffers.ids.shape)}, got {tuple(ids.shape)}")
        if self.length + 1 > self.buffers.capacity:
            self.buffers = buffers_from_state(self.model, self.to_state(), capacity_for(self.length + 1))
            self.graph = None
        self.buffers.ids.copy_(ids)
        if self.use_graphs:
            if self.graph is None:
                self._capture()
            assert self.graph is not None
            self.graph.replay()
        else:
            step_static(self.model, self.buffers)
        self.length += 1
        return self.buffers.logits

    def to_state(self) -> InferenceState:
        """The regular InferenceState after every step so far."""
        return state_from_buffers(self.model, self.buffers, self.length)
