"""States of token prefixes shared across sessions: LRU under a byte budget.

A new conversation that starts with the same system prompt or document as an earlier one resumes from the
longest cached prefix of its tokens instead of prefilling them again. Entries are immutable: `put` stores a
`snapshot_state` (fixed-size parts copied, append-only KV shared) and `longest` hands out a full clone, so no
session can change what another one resumes from.

Left out: a radix tree (lookups try each cached length, fine for the tens of entries a budget allows) and
eviction by anything but recency.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch

from agentlib.engine.cache import InferenceState, MambaState, SharedKV, WindowKV
from agentlib.errors import InputError


@dataclass(frozen=True)
class CachedPrefix:
    """A clone of the state after `length` tokens, with the next-token logits [1, V]."""

    length: int
    state: Any
    logits: torch.Tensor


def state_nbytes(state: Any, logits: torch.Tensor | None = None) -> int:
    """Bytes held by a state (its `nbytes()`) plus its logits."""
    extra = logits.numel() * logits.element_size() if logits is not None else 0
    return int(state.nbytes()) + extra


def snapshot_state(state: Any) -> Any:
    """A frozen copy of `state` for snapshots and forks of snapshots: the small fixed-size parts (conv, SSM,
    window K/V) are copied, the append-only shared KV is shared (same buffers, own length). Safe because the
    live state only ever writes past its own length, which is at least the snapshot's, and a snapshot is
    cloned before it is advanced. States without a shared KV are cloned."""
    if not isinstance(state, InferenceState):
        return state.clone()
    shared = state.shared_kv
    return dataclasses.replace(
        state,
        mamba={i: MambaState(s.conv.clone(), s.ssm.clone()) for i, s in state.mamba.items()},
        windows={i: WindowKV(w.key.clone(), w.value.clone(), w.keep) for i, w in state.windows.items()},
        shared_kv=SharedKV(shared.key_buffer, shared.value_buffer, shared.length),
        key_valid=None if state.key_valid is None else state.key_valid.clone(),
    )


class PrefixCache:
    """Token prefix -> state, least recently used evicted past `budget_bytes`. Thread-safe."""

    def __init__(self, budget_bytes: int = 1 << 30):
        if budget_bytes <= 0:
            raise InputError(f"budget_bytes must be positive, got {budget_bytes}")
        self.budget_bytes = budget_bytes
        self._entries: OrderedDict[tuple[int, ...], tuple[Any, torch.Tensor, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def nbytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def put(self, ids: Sequence[int], state: Any, logits: torch.Tensor) -> None:
        """Remember a clone of `state` (holding exactly `ids`) and its logits; a too-large entry is skipped."""
        key = tuple(ids)
        if not key:
            return
        size = state_nbytes(state, logits)
        if size > self.budget_bytes:
            return
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return
            self._entries[key] = (snapshot_state(state), logits.detach().clone(), size)
            self._bytes += size
            while self._bytes > self.budget_bytes:
                _, (_, _, dropped) = self._entries.popitem(last=False)
                self._bytes -= dropped

    def longest(self, ids: Sequence[int], *, max_length: int | None = None) -> CachedPrefix | None:
        """The longest cached prefix of `ids` (at most `max_length` tokens), as a private clone."""
        limit = len(ids) if max_length is None else min(max_length, len(ids))
        with self._lock:
            lengths = sorted({len(key) for key in self._entries if len(key) <= limit}, reverse=True)
            for length in lengths:
                key = tuple(ids[:length])
                entry = self._entries.get(key)
                if entry is not None:
                    self._entries.move_to_end(key)
                    self.hits += 1
                    state, logits, _ = entry
                    return CachedPrefix(length, state.clone(), logits.clone())
            self.misses += 1
        return None
