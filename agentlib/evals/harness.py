"""Shared plumbing of every `agentlib eval`: per-item JSONL, a progress bar, a table.

Each evaluation module turns its items into `ItemResult`s with `run_items` and prints its own
metric; accuracy-style evaluations end with `print_accuracy_report` (last line `accuracy: X (n/N)`).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO, TypeVar

Item = TypeVar("Item")

FAILURE_KINDS = ("not_parsed", "unsat", "ambiguous", "wrong", "error")


@dataclass
class ItemResult:
    id: str
    correct: bool
    predicted: Any = None
    expected: Any = None
    failure: str | None = None  # one of FAILURE_KINDS when not correct
    subset: str = ""
    detail: dict[str, Any] = field(default_factory=dict)


def run_items(
    items: Sequence[Item],
    score: Callable[[Item], ItemResult],
    out_path: Path | None,
    *,
    desc: str = "eval",
    progress: bool = True,
) -> list[ItemResult]:
    """Score every item, append each result to `out_path` as it comes (flushed), show progress."""
    from tqdm import tqdm

    results: list[ItemResult] = []
    handle: TextIO | None = None
    if out_path is not None:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        handle = out_path.open("w", encoding="utf-8")
    try:
        for item in tqdm(items, desc=desc, disable=not progress, file=sys.stderr, dynamic_ncols=True):
            result = score(item)
            results.append(result)
            if handle is not None:
                handle.write(json.dumps(asdict(result), ensure_ascii=True, default=str) + "\n")
                handle.flush()
    finally:
        if handle is not None:
            handle.close()
    return results


def format_table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    rows = [[_cell(c) for c in row] for row in rows]
    widths = [max(len(str(h)), *(len(r[i]) for r in rows)) if rows else len(str(h)) for i, h in enumerate(header)]
    line = "  ".join(str(h).ljust(w) for h, w in zip(header, widths))
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    return "\n".join([line, rule, *body])


def print_accuracy_report(results: Sequence[ItemResult], *, file: TextIO = sys.stdout) -> float:
    """Per-subset accuracy and failures by kind; the last line is `accuracy: X (n/N)`."""
    subsets = sorted({r.subset for r in results})
    rows = []
    for subset in subsets:
        part = [r for r in results if r.subset == subset]
        kinds = Counter(r.failure for r in part if not r.correct)
        rows.append([subset or "all", len(part), _pct(sum(r.correct for r in part), len(part)),
                     *(kinds.get(k, 0) for k in FAILURE_KINDS)])
    print(format_table(["subset", "n", "accuracy", *FAILURE_KINDS], rows), file=file)
    correct = sum(r.correct for r in results)
    accuracy = correct / len(results) if results else 0.0
    print(f"accuracy: {accuracy:.4f} ({correct}/{len(results)})", file=file)
    return accuracy


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}%" if d else "-"


def _cell(value: Any) -> str:
    return f"{value:.4f}" if isinstance(value, float) else str(value)
