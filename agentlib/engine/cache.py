"""Inference state of a SambaY batch: one state type per layer kind, the YOCO KV held once.

- Mamba layers (incl. the memory layer): `MambaState(conv, ssm)`: conv = the last K-1 raw (post-in_proj,
  pre-conv) inputs, oldest first, (B, E, K-1) in the model dtype; ssm = h after the last token, (B, E, N) fp32.
  K-1 inputs suffice for the next conv output (vLLM keeps K-1; the reference keeps K).
- SWA layers: `WindowKV`: the last min(num_tokens, sw-1) keys/values, chronological, (B, KV, ≤sw-1, hd) in
  checkpoint head order. The next query sees those plus itself = sw keys, so it never holds more.
- The full-attention layer L/2+1: one `SharedKV`, (B, KV, capacity, hd) buffers with doubling capacity and a
  length; the only growing cache (5 KiB per token for the real model in bf16), read by every cross layer.
- GMU and cross layers: nothing (the GMUs use the memory layer's output of the same pass).
- `key_valid`: (B, num_tokens) bool, present only after a left-padded prefill (False = pad position).

Real model, batch 1, bf16: conv 0.37 MB, SSM 2.9 MB (fp32), windows 21 MB, plus 5 KiB per token.

Left out: paged/block KV, quantised KV, copy-on-write sharing (clone copies the used part; it is append-only,
so sharing would be safe but is not needed at these sizes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import torch

from agentlib.engine.config import LayerKind, SambaYConfig, layer_plan
from agentlib.errors import CheckpointError, InputError

_MIN_CAPACITY = 64
WINDOW_SPARE = 64  # decode steps between two moves of a sliding window (see WindowKV)


@dataclass
class MambaState:
    """State of one Mamba layer: conv (B, E, K-1) raw inputs and ssm (B, E, N) fp32."""

    conv: torch.Tensor
    ssm: torch.Tensor


class WindowKV:
    """Sliding-window K/V of one SWA layer: `key`, `value` (B, KV, S ≤ keep, hd), chronological.

    They are views of buffers with room for WINDOW_SPARE more positions, so a decode step writes its key in
    place and attends over a view; the kept part moves to the front of a fresh buffer only when the room is
    used up (every WINDOW_SPARE steps), instead of three copies of the window on every step.
    """

    def __init__(self, key: torch.Tensor, value: torch.Tensor, keep: int):
        self.keep = keep
        self._key, self._value = key, value  # buffers: positions [start, stop) are the window
        self._start, self._stop = 0, key.shape[2]

    @property
    def key(self) -> torch.Tensor:
        """(B, KV, S ≤ keep, hd) view, oldest first."""
        return self._key[:, :, self._start: self._stop]

    @property
    def value(self) -> torch.Tensor:
        return self._value[:, :, self._start: self._stop]

    def append(self, key: torch.Tensor, value: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Return (kept + new) K/V (B, KV, S+T, hd) for this step's attention, then keep only the last `keep`."""
        t = key.shape[2]
        if self._stop + t > self._key.shape[2]:
            self._compact(t)
        self._key[:, :, self._stop: self._stop + t] = key
        self._value[:, :, self._stop: self._stop + t] = value
        both = self._key[:, :, self._start: self._stop + t], self._value[:, :, self._start: self._stop + t]
        self._stop += t
        self._start = max(self._start, self._stop - self.keep)
        return both

    def _compact(self, incoming: int) -> None:
        """Move the window to the front of new buffers with room for `incoming` + WINDOW_SPARE positions."""
        held = self._stop - self._start
        b, h, _, d = self._key.shape
        capacity = held + incoming + WINDOW_SPARE
        key = torch.empty(b, h, capacity, d, dtype=self._key.dtype, device=self._key.device)
        value = torch.empty_like(key)
        key[:, :, :held], value[:, :, :held] = self.key, self.value
        self._key, self._value, self._start, self._stop = key, value, 0, held


@dataclass
class SharedKV:
    """The full-attention layer's K/V (B, KV, length, hd), stored in buffers of doubling capacity."""

    key_buffer: torch.Tensor
    value_buffer: torch.Tensor
    length: int = 0

    @property
    def key(self) -> torch.Tensor:
        """(B, KV, length, hd) view of the stored keys."""
        return self.key_buffer[:, :, : self.length]

    @property
    def value(self) -> torch.Tensor:
        """(B, KV, length, hd) view of the stored values."""
        return self.value_buffer[:, :, : self.length]

    def append(self, key: torch.Tensor, value: torch.Tensor) -> None:
        """Append (B, KV, T, hd) without re-concatenating the history (amortised O(T))."""
        need = self.length + key.shape[2]
        if need > self.key_buffer.shape[2]:
            capacity = max(need, 2 * self.key_buffer.shape[2], _MIN_CAPACITY)
            self.key_buffer = _grow(self.key_buffer, self.length, capacity)
            self.value_buffer = _grow(self.value_buffer, self.length, capacity)
        self.key_buffer[:, :, self.length: need] = key
        self.value_buffer[:, :, self.length: need] = value
        self.length = need


def _grow(buffer: torch.Tensor, used: int, capacity: int) -> torch.Tensor:
    b, h, _, d = buffer.shape
    out = torch.empty(b, h, capacity, d, dtype=buffer.dtype, device=buffer.device)
    out[:, :, :used] = buffer[:, :, :used]
    return out


def _shared_from(key: torch.Tensor, value: torch.Tensor) -> SharedKV:
    capacity = max(key.shape[2] + key.shape[2] // 4, _MIN_CAPACITY)  # spare room: the next appends copy nothing
    shared = SharedKV(_grow(key, 0, capacity), _grow(value, 0, capacity), 0)
    shared.append(key, value)
    return shared


@dataclass
class InferenceState:
    """Everything a SambaY batch carries between forward calls; advanced in place by `SambaY.forward`."""

    config: SambaYConfig
    mamba: dict[int, MambaState]
    windows: dict[int, WindowKV]
    shared_kv: SharedKV
    num_tokens: int = 0
    key_valid: torch.Tensor | None = None
    batch_size: int = field(default=1)

    @classmethod
    def empty(cls, config: SambaYConfig, batch_size: int = 1, *, dtype: torch.dtype = torch.float32,
              device: torch.device | str = "cpu") -> InferenceState:
        """A fresh state (zeros conv/ssm, no keys)."""
        if batch_size < 1:
            raise InputError(f"batch_size must be >= 1, got {batch_size}")
        e, kv, hd = config.d_inner, config.num_key_value_heads, config.head_dim
        mamba, windows = {}, {}
        for role in layer_plan(config):
            if role.kind in (LayerKind.MAMBA, LayerKind.MAMBA_MEMORY):
                mamba[role.index] = MambaState(
                    torch.zeros(batch_size, e, config.mamba_d_conv - 1, dtype=dtype, device=device),
                    torch.zeros(batch_size, e, config.mamba_d_state, dtype=torch.float32, device=device),
                )
            elif role.kind is LayerKind.SWA:
                empty = torch.zeros(batch_size, kv, 0, hd, dtype=dtype, device=device)
                windows[role.index] = WindowKV(empty, empty.clone(), role.keep)
        shared = SharedKV(torch.zeros(batch_size, kv, 0, hd, dtype=dtype, device=device),
                          torch.zeros(batch_size, kv, 0, hd, dtype=dtype, device=device), 0)
        return cls(config, mamba, windows, shared, 0, None, batch_size)

    def _map(self, fn: Callable[[torch.Tensor], torch.Tensor]) -> InferenceState:
        """A new state with `fn` applied to every batch-first tensor."""
        mamba = {i: MambaState(fn(s.conv), fn(s.ssm)) for i, s in self.mamba.items()}
        windows = {i: WindowKV(fn(w.key), fn(w.value), w.keep) for i, w in self.windows.items()}
        shared = _shared_from(fn(self.shared_kv.key), fn(self.shared_kv.value))
        valid = None if self.key_valid is None else fn(self.key_valid)
        batch = next(iter(mamba.values())).conv.shape[0]
        return InferenceState(self.config, mamba, windows, shared, self.num_tokens, valid, batch)

    def clone(self) -> InferenceState:
        """An independent copy (advancing one never changes the other)."""
        return self._map(lambda t: t.clone())

    def repeat(self, n: int) -> InferenceState:
        """Batch-1 state -> batch-n copies, e.g. to sample n continuations of one prefix."""
        if self.batch_size != 1 or n < 1:
            raise InputError(f"repeat needs a batch-1 state and n >= 1 (batch {self.batch_size}, n {n})")
        return self._map(lambda t: t.expand(n, *t.shape[1:]).clone())

    def select(self, index: int | list[int] | torch.Tensor) -> InferenceState:
        """Rows of a batch as a new state (an int keeps a batch of one)."""
        idx = torch.as_tensor([index] if isinstance(index, int) else index, dtype=torch.long)
        if idx.ndim != 1 or idx.numel() == 0 or int(idx.min()) < -self.batch_size or int(idx.max()) >= self.batch_size:
            raise InputError(f"select index {index!r} out of range for batch size {self.batch_size}")
        return self._map(lambda t: t.index_select(0, idx.to(t.device)).clone())

    def nbytes(self) -> int:
        """Bytes held by the used part of every tensor (not spare capacity), counted without copying any."""
        tensors = [t for s in self.mamba.values() for t in (s.conv, s.ssm)]
        tensors += [t for w in self.windows.values() for t in (w.key, w.value)]
        tensors += [self.shared_kv.key, self.shared_kv.value]
        if self.key_valid is not None:
            tensors.append(self.key_valid)
        return 8 + sum(t.numel() * t.element_size() for t in tensors)  # 8: num_tokens

    def to_tensors(self) -> dict[str, torch.Tensor]:
        """Flat name -> contiguous tensor map (for safetensors); shared KV trimmed to its length."""
        out: dict[str, torch.Tensor] = {"num_tokens": torch.tensor([self.num_tokens], dtype=torch.int64)}
        for i, s in self.mamba.items():
            out[f"layer{i}.conv"], out[f"layer{i}.ssm"] = s.conv, s.ssm
        for i, w in self.windows.items():
            out[f"layer{i}.key"], out[f"layer{i}.value"] = w.key, w.value
        out["shared.key"], out["shared.value"] = self.shared_kv.key.contiguous(), self.shared_kv.value.contiguous()
        if self.key_valid is not None:
            out["key_valid"] = self.key_valid
        return {name: t.contiguous() for name, t in out.items()}

    @classmethod
    def from_tensors(cls, config: SambaYConfig, tensors: dict[str, torch.Tensor], *,
                     dtype: torch.dtype | None = None, device: torch.device | str | None = None) -> InferenceState:
        """Rebuild a state saved by `to_tensors`; checks names and shapes against `config` (CheckpointError)."""
        try:
            num_tokens = int(tensors["num_tokens"].reshape(-1)[0])
            batch = tensors["shared.key"].shape[0]
        except (KeyError, IndexError) as exc:
            raise CheckpointError(f"saved state lacks {exc}") from exc
        ref_dtype = dtype or tensors["shared.key"].dtype
        template = cls.empty(config, batch, dtype=ref_dtype, device="meta")
        expected = template.to_tensors()
        names = set(expected) - {"key_valid"}
        missing = sorted(names - set(tensors))
        unexpected = sorted(set(tensors) - names - {"key_valid"})
        if missing or unexpected:
            raise CheckpointError(f"saved state does not match the config: missing {missing}, unexpected {unexpected}")
        for name in sorted(names - {"num_tokens"}):
            got, want = tuple(tensors[name].shape), tuple(expected[name].shape)
            variable = 2 if name.startswith("shared") or name.endswith((".key", ".value")) else None
            if len(got) != len(want) or any(g != w for d, (g, w) in enumerate(zip(got, want)) if d != variable):
                raise CheckpointError(f"saved state tensor {name!r} has shape {got}, expected {want} (dim 2 free)")

        def put(name: str, fp32: bool = False) -> torch.Tensor:
            t = tensors[name]
            return t.to(device=device or t.device, dtype=torch.float32 if fp32 else ref_dtype).clone()

        mamba = {i: MambaState(put(f"layer{i}.conv"), put(f"layer{i}.ssm", True)) for i in template.mamba}
        windows = {i: WindowKV(put(f"layer{i}.key"), put(f"layer{i}.value"), w.keep)
                   for i, w in template.windows.items()}
        shared = _shared_from(put("shared.key"), put("shared.value"))
        if shared.length != num_tokens:
            raise CheckpointError(f"saved state holds {shared.length} shared keys but num_tokens={num_tokens}")
        valid = tensors.get("key_valid")
        if valid is not None:
            valid = valid.to(device=device or valid.device, dtype=torch.bool).clone()
        return cls(config, mamba, windows, shared, num_tokens, valid, batch)

    @staticmethod
    def analytic_nbytes(config: SambaYConfig, num_tokens: int, dtype: torch.dtype = torch.bfloat16,
                        batch: int = 1) -> int:
        """Bytes of the state after `num_tokens` tokens, from the config alone (no allocation)."""
        item = torch.empty(0, dtype=dtype).element_size()
        e, kv, hd = config.d_inner, config.num_key_value_heads, config.head_dim
        total = 8  # num_tokens
        for role in layer_plan(config):
            if role.kind in (LayerKind.MAMBA, LayerKind.MAMBA_MEMORY):
                total += batch * e * (config.mamba_d_conv - 1) * item + batch * e * config.mamba_d_state * 4
            elif role.kind is LayerKind.SWA:
                total += 2 * batch * kv * min(num_tokens, role.keep) * hd * item
        return total + 2 * batch * kv * num_tokens * hd * item
