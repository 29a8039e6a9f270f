"""`agentlib eval math500 --data DIR`: MATH-500 answers from `solve_math`, scored by answer equivalence.

Each item's `problem` goes to `agentlib.solve_math` (level "advanced"; `--backend` for word problems). An
item is right when the result is `verified` and its answer is equivalent to the reference `answer`
(`agentlib.mathsolve.equivalence`: fractions, radicals, pi, degrees, intervals, tuples, text, `\\$`);
wrong when a verified answer is not equivalent; abstained otherwise (abstained or unverified results: an
unverified answer is never counted as given). Per-item JSONL; a table by subject; the last line is
`accuracy: X (right R, wrong W, abstained A of N)`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agentlib.errors import InputError
from agentlib.evals.harness import ItemResult, format_table, run_items
from agentlib.evals.split import select_half

ITEM_DEADLINE_S = 30.0


@dataclass(frozen=True)
class MathItem:
    id: str
    problem: str
    answer: str
    subject: str
    level: int


def load(folder: Path) -> list[MathItem]:
    path = folder / "test.jsonl"
    if not path.is_file():
        raise InputError(f"{folder} has no test.jsonl (MATH-500 layout: problem, answer, subject, level)")
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            items.append(MathItem(str(record.get("unique_id", f"math500-{number}")), str(record["problem"]),
                                  str(record["answer"]), str(record.get("subject", "")), int(record.get("level", 0))))
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"{path}:{number + 1}: not a MATH-500 record ({error})") from None
    return items


def score(item: MathItem, backend: Any | None) -> ItemResult:
    from agentlib.mathsolve.equivalence import equivalent
    from agentlib.mathsolve.solve import solve_math

    result = solve_math(item.problem, level="advanced", backend=backend, deadline_s=ITEM_DEADLINE_S)
    detail: dict[str, Any] = {"status": result.status, "reason": result.reason, "task": result.task,
                              "level": item.level}
    if result.status != "verified" or result.answer is None:
        return ItemResult(item.id, False, result.answer, item.answer, "abstained", item.subject, detail)
    same = equivalent(item.answer, result.value)
    detail["equivalent"] = same
    if same:
        return ItemResult(item.id, True, result.answer, item.answer, None, item.subject, detail)
    return ItemResult(item.id, False, result.answer, item.answer, "wrong", item.subject, detail)


def report(results: list[ItemResult], file: Any = sys.stdout) -> float:
    """A table by subject; the last line `accuracy: X (right R, wrong W, abstained A of N)`."""
    rows = []
    for subject in sorted({r.subset for r in results}):
        part = [r for r in results if r.subset == subject]
        kinds = Counter(r.failure for r in part)
        rows.append([subject, len(part), sum(r.correct for r in part), kinds.get("wrong", 0),
                     kinds.get("abstained", 0)])
    print(format_table(["subject", "n", "right", "wrong", "abstained"], rows), file=file)
    right = sum(r.correct for r in results)
    wrong = sum(r.failure == "wrong" for r in results)
    abstained = sum(r.failure == "abstained" for r in results)
    accuracy = right / len(results) if results else 0.0
    print(f"accuracy: {accuracy:.4f} (right {right}, wrong {wrong}, abstained {abstained} of {len(results)})",
          file=file)
    return accuracy


def run(args: argparse.Namespace) -> int:
    items = select_half(load(args.data), args.half, key=lambda item: item.problem)
    if args.limit is not None:
        items = items[: args.limit]
    backend = None
    if args.backend:
        from agentlib.backends import load_backend

        backend = load_backend(args.backend)
    results = run_items(items, lambda item: score(item, backend), args.out, desc="math500",
                        progress=not args.no_progress)
    report(results)
    return 0
