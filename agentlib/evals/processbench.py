"""`agentlib eval processbench --data DIR`: first-wrong-step identification with tools only (no model).

DIR holds any of `gsm8k.json`, `math.json`, `olympiadbench.json`, `omnimath.json` (ProcessBench layout:
`id`, `problem`, `steps`, `label` = index of the first wrong step or -1). Each trace goes through
`check_trace`; the prediction is its first flagged step (a refuted or an unsupported claim; -1 when none).
Per subset: accuracy on erroneous samples, accuracy on correct samples (1 - false-alarm rate) and their
harmonic mean F1, as in the ProcessBench paper; the last line is `f1_average: X` (percent, mean over
subsets). The column `f1_proofs` scores the same run counting refuted claims only (a tool computed the
disagreement), without the "unsupported" flags (a final answer nothing computed, a result carried wrongly,
misquoted rates); `flagged_early` counts traces whose first flag comes before the labelled step (or on a correct
trace): false alarms on correct steps, the costliest error in an agent loop.

Left out: a language-model critic (`--backend` is refused rather than ignored).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agentlib.errors import InputError
from agentlib.evals.harness import ItemResult, format_table, run_items
from agentlib.evals.split import select_half

SUBSETS = ("gsm8k", "math", "olympiadbench", "omnimath")


@dataclass(frozen=True)
class Item:
    id: str
    subset: str
    problem: str
    steps: list[str]
    label: int


def load(data_dir: Path) -> list[Item]:
    """Items of every subset file present in `data_dir`; raises `InputError` when none is or one is malformed."""
    items: list[Item] = []
    for subset in SUBSETS:
        path = Path(data_dir) / f"{subset}.json"
        if not path.is_file():
            continue
        try:
            records = json.loads(path.read_text(encoding="utf-8"))
            items.extend(Item(str(r["id"]), subset, r["problem"], list(r["steps"]), int(r["label"])) for r in records)
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            raise InputError(f"{path} is not in ProcessBench format (list of id/problem/steps/label): "
                             f"{error}") from None
    if not items:
        raise InputError(f"{data_dir} has none of {', '.join(s + '.json' for s in SUBSETS)}")
    return items


def score(item: Item) -> ItemResult:
    """Check one trace; correct when the predicted first wrong step equals the label (-1 = no error)."""
    from agentlib.checking.checker import check_trace

    report = check_trace(item.problem, item.steps)
    predicted = -1 if report.first_error_index is None else report.first_error_index
    refuted = next((step.index for step in report.steps if step.refuted), -1)
    correct = predicted == item.label
    rule = report.steps[predicted].flagged[0].rule.value if predicted >= 0 else None
    return ItemResult(item.id, correct, predicted=predicted, expected=item.label, subset=item.subset,
                      failure=None if correct else "wrong",
                      detail={"explanation": report.explanation, "first_refuted": refuted, "rule": rule,
                              "complete": report.complete})


def metrics(results: list[ItemResult]) -> dict[str, Any]:
    """Per subset: n, accuracy on erroneous and on correct samples, F1, and F1 of refuted claims only (percent)."""
    table: dict[str, Any] = {}
    for subset in sorted({r.subset for r in results}, key=lambda s: SUBSETS.index(s) if s in SUBSETS else 99):
        part = [r for r in results if r.subset == subset]
        erroneous = [r for r in part if r.expected != -1]
        clean = [r for r in part if r.expected == -1]
        error_acc, correct_acc, f1 = _scores(erroneous, clean, lambda r: r.correct)
        *_, f1_proofs = _scores(erroneous, clean,
                                lambda r: (r.detail or {}).get("first_refuted", r.predicted) == r.expected)
        # a flag before the labelled step (or on a correct trace) is a false alarm on a correct step
        early = sum(1 for r in part if r.predicted != -1 and (r.expected == -1 or r.predicted < r.expected))
        table[subset] = {"n": len(part), "n_erroneous": len(erroneous), "n_correct": len(clean),
                         "error_acc": error_acc, "correct_acc": correct_acc, "f1": f1, "f1_proofs": f1_proofs,
                         "flagged_early": early}
    return table


def _scores(erroneous: list[ItemResult], clean: list[ItemResult],
            right: Callable[[ItemResult], bool]) -> tuple[float, float, float]:
    error_acc = 100 * sum(map(right, erroneous)) / len(erroneous) if erroneous else 0.0
    correct_acc = 100 * sum(map(right, clean)) / len(clean) if clean else 0.0
    f1 = 2 * error_acc * correct_acc / (error_acc + correct_acc) if error_acc + correct_acc else 0.0
    return error_acc, correct_acc, f1


def run(args: argparse.Namespace) -> int:
    if args.backend:
        raise InputError("the processbench evaluation is tools only; drop --backend")
    items = select_half(load(args.data), args.half, key=lambda item: item.problem)
    if args.limit is not None:
        items = items[: args.limit]
    results = run_items(items, score, args.out, desc="processbench", progress=not args.no_progress)
    table = metrics(results)
    rows = [[s, m["n"], f"{m['error_acc']:.1f}", f"{m['correct_acc']:.1f}", f"{100 - m['correct_acc']:.1f}",
             f"{m['f1']:.1f}", f"{m['f1_proofs']:.1f}", m["flagged_early"]] for s, m in table.items()]
    average = {k: sum(m[k] for m in table.values()) / len(table)
               for k in ("error_acc", "correct_acc", "f1", "f1_proofs")}
    rows.append(["average", len(results), f"{average['error_acc']:.1f}", f"{average['correct_acc']:.1f}",
                 f"{100 - average['correct_acc']:.1f}", f"{average['f1']:.1f}", f"{average['f1_proofs']:.1f}",
                 sum(m["flagged_early"] for m in table.values())])
    header = ["subset", "n", "acc_erroneous", "acc_correct", "false_alarm", "f1", "f1_proofs", "flagged_early"]
    print(format_table(header, rows))
    print(f"f1_average: {average['f1']:.1f}")
    return 0
