"""Which implementation serves a few-row CPU Linear of a given shape: measured once per CPU, then remembered.

CPUs differ: on one Xeon MKL's one-row fp32 GEMV beat the C kernel, on a Zen 4 the C kernel won 2x. So the
first time a shape (weight dtype, activation dtype, rows, N, K, threads) is seen, `linear_choice` times both
sides on the call's own tensors (a few alternating calls each, best of each) and keeps the faster; the table is
saved per CPU and per kernel library (`cache_folder()/choices_<key>.json`, written atomically) so later
processes skip the probe. `report()` lists every choice with its timings; `describe()` sums it up in one line.

Sides: "c" = `cpu_rows.linear`; "torch" = `F.linear` (fp32, bf16) or `torch.ops.aten._weight_int8pack_mm`
(int8, when this torch has it; otherwise the dequantizing path of `kernels.linear`, which always loses to C).
`forced(side)` pins one side (tests; the decode bench's `--linear` option). A probe happens only on the CPU,
only for calls the C kernel accepts, and costs a few milliseconds per shape (about a second in all for the
real model's 13 shapes, once per machine).

Left out: probing attention (the C attention reads the KV cache once and in place, where the PyTorch path
copies or upcasts it, so it always serves the CPU decode step when the library loaded).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import torch

from agentlib.engine import cpu_build

Side = Literal["c", "torch"]
PROBE_ROUNDS = 3
PROBE_CALLS = 2
MAX_TABLE_BYTES = 1 << 20


@dataclass(frozen=True)
class LinearShape:
    """What a Linear choice depends on."""

    weight_dtype: str
    activation_dtype: str
    rows: int
    n: int
    k: int
    threads: int

    def key(self) -> str:
        return f"{self.weight_dtype}/{self.activation_dtype} rows={self.rows} n={self.n} k={self.k} t={self.threads}"


_table: dict[str, dict[str, object]] | None = None
_forced: Side | None = None
_lock = threading.Lock()


def cache_path() -> Path:
    """The choice table of this CPU and kernel library."""
    ident = hashlib.sha256(f"{cpu_build.cpu_key()}|{cpu_build.manifest_path().name}|{torch.__version__}".encode())
    return cpu_build.cache_folder() / f"choices_{ident.hexdigest()[:16]}.json"


def _load_table() -> dict[str, dict[str, object]]:
    path = cache_path()
    try:
        if path.stat().st_size > MAX_TABLE_BYTES:
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict) and v.get("side") in ("c", "torch")}


def _save_table(table: dict[str, dict[str, object]]) -> None:
    path = cache_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        staged = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        staged.write_text(json.dumps(table, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(staged, path)
    except OSError:
        pass  # an unwritable cache only costs a probe in the next process


def _best_seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    for _ in range(PROBE_CALLS):
        fn()
    return (time.perf_counter() - start) / PROBE_CALLS


def probe(c_side: Callable[[], object], torch_side: Callable[[], object]) -> tuple[Side, float, float]:
    """Time both sides (alternating rounds after one warm-up call each); returns (faster, c_s, torch_s)."""
    c_side(), torch_side()
    c_s = torch_s = float("inf")
    for _ in range(PROBE_ROUNDS):
        c_s = min(c_s, _best_seconds(c_side))
        torch_s = min(torch_s, _best_seconds(torch_side))
    return ("c" if c_s <= torch_s else "torch"), c_s, torch_s


def linear_choice(shape: LinearShape, c_side: Callable[[], object], torch_side: Callable[[], object]) -> Side:
    """The side that serves `shape`: forced, remembered, or probed now with the two callables (and saved)."""
    if _forced is not None:
        return _forced
    global _table
    with _lock:
        if _table is None:
            _table = _load_table()
        entry = _table.get(shape.key())
        if entry is not None:
            return "c" if entry["side"] == "c" else "torch"
        side, c_s, torch_s = probe(c_side, torch_side)
        _table[shape.key()] = {"side": side, "c_us": round(c_s * 1e6, 1), "torch_us": round(torch_s * 1e6, 1)}
        _save_table(_table)
        return side


@contextlib.contextmanager
def forced(side: Side | None) -> Iterator[None]:
    """Pin every Linear choice to one side inside a block (None = measure as usual)."""
    global _forced
    saved = _forced
    _forced = side
    try:
        yield
    finally:
        _forced = saved


def forget() -> None:
    """Drop the in-memory table (tests); the next choice reads the saved table again."""
    global _table
    with _lock:
        _table = None


def report() -> dict[str, dict[str, object]]:
    """Every choice made or loaded in this process: shape key -> side and both timings (microseconds)."""
    with _lock:
        return {k: dict(v) for k, v in (_table or {}).items()}


def describe() -> str:
    """One line: how many shapes each side serves."""
    if _forced is not None:
        return f"linear: forced to {_forced}"
    table = report()
    if not table:
        return "linear: no shape measured yet"
    c = sum(1 for v in table.values() if v["side"] == "c")
    return f"linear: C for {c} shape(s), PyTorch for {len(table) - c} (measured per shape, {cache_path().name})"
