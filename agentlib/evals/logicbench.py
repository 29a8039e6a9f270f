"""`agentlib eval logicbench --data DIR`: LogicBench(Eval) BQA yes/no questions, model-free.

DIR holds `LogicBench(Eval)/BQA/<logic type>/<axiom>/data_instances.json` (or `BQA/...` directly). Each
question about a context is one item; its answer is "yes" when agentlib proves that the context entails
the asked statement, "no" when it proves it does not (the negation follows, or both are possible), and
an abstention otherwise -- which this eval scores as wrong. Items are split into tuning and blind halves
by their context, so every question of one context falls on one side.

Prints per logic type and per axiom: n, accuracy on "yes" items, on "no" items, balanced accuracy; then
right / wrong / abstained per logic type and gold label (aggregates only, so the blind half can be
diagnosed without reading its items); the last line is `balanced_accuracy: X` (the mean of the accuracies
on "yes" and on "no" items, in percent).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from agentlib.errors import InputError
from agentlib.evals.harness import ItemResult, format_table, run_items
from agentlib.evals.split import select_half
from agentlib.limits import SOLVE_DEADLINE_S


@dataclass(frozen=True)
class BQAItem:
    id: str
    context: str
    question: str
    answer: str  # "yes" / "no"
    logic_type: str
    axiom: str


def load(data_dir: Path) -> list[BQAItem]:
    root = Path(data_dir)
    for candidate in (root / "LogicBench(Eval)" / "BQA", root / "BQA", root):
        files = sorted(candidate.glob("*/*/data_instances.json"))
        if files:
            break
    else:
        raise InputError(f"no BQA/<logic type>/<axiom>/data_instances.json under {root}")
    items: list[BQAItem] = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise InputError(f"{path} is not valid JSON: {error}") from None
        logic_type = str(data.get("type", path.parent.parent.name))
        axiom = str(data.get("axiom", path.parent.name))
        for sample in data.get("samples", []):
            for k, pair in enumerate(sample.get("qa_pairs", [])):
                answer = str(pair.get("answer", "")).strip().lower()
                if answer not in ("yes", "no"):
                    raise InputError(f"{path}: sample {sample.get('id')} has answer {answer!r}, expected yes/no")
                items.append(BQAItem(f"{logic_type}/{axiom}/{sample.get('id')}/{k}", str(sample["context"]),
                                     str(pair["question"]), answer, logic_type, axiom))
    return items


def predict(item: BQAItem, deadline_s: float) -> tuple[str | None, str]:
    """("yes" / "no" / None for an abstention, the reason) for one question."""
    from agentlib.puzzles.english.entailment import answer_about

    verdict = answer_about(item.context, item.question, deadline_s=deadline_s)
    if verdict.status == "abstained" or verdict.answer not in ("yes", "no"):
        return None, f"{verdict.failure}: {verdict.reason}"
    return ("yes" if verdict.answer == "yes" else "no"), verdict.reason


def score(item: BQAItem, deadline_s: float) -> ItemResult:
    predicted, reason = predict(item, deadline_s)
    correct = predicted == item.answer
    failure = None if correct else ("not_parsed" if predicted is None else "wrong")
    return ItemResult(id=item.id, correct=correct, predicted=predicted, expected=item.answer, failure=failure,
                      subset=item.logic_type, detail={"axiom": item.axiom, "reason": reason[:300]})


def balanced_accuracy(results: list[ItemResult]) -> float:
    """Mean of the accuracy on "yes" items and on "no" items, in percent (an abstention is wrong)."""
    rates = []
    for label in ("yes", "no"):
        part = [r for r in results if r.expected == label]
        if part:
            rates.append(sum(r.correct for r in part) / len(part))
    return 100 * sum(rates) / len(rates) if rates else 0.0


def run(args: argparse.Namespace) -> int:
    items = select_half(load(args.data), args.half, key=lambda item: item.context)
    if args.limit is not None:
        items = items[: args.limit]
    if args.backend:
        raise InputError("the logicbench eval is model-free: drop --backend")
    deadline_s = getattr(args, "deadline", None) or SOLVE_DEADLINE_S
    results = run_items(items, lambda item: score(item, deadline_s), args.out, desc="logicbench",
                        progress=not args.no_progress)
    by_axiom: dict[tuple[str, str], list[ItemResult]] = {}
    for item, result in zip(items, results):
        by_axiom.setdefault((item.logic_type, item.axiom), []).append(result)
    rows = []
    for subset in sorted({r.subset for r in results}):
        part = [r for r in results if r.subset == subset]
        rows.append([subset, "(all)", len(part), *_rates(part)])
        if args.half != "blind":
            for (logic_type, axiom), group in sorted(by_axiom.items()):
                if logic_type == subset:
                    rows.append(["", axiom, len(group), *_rates(group)])
    print(format_table(["logic type", "axiom", "n", "yes acc", "no acc", "balanced", "abstained"], rows))
    print(format_table(["logic type", "gold", "right", "wrong", "abstained"], outcome_rows(results)))
    abstained = sum(r.predicted is None for r in results)
    print(f"items: {len(results)}, abstained: {abstained}, wrong answers: "
          f"{sum(r.predicted is not None and not r.correct for r in results)}")
    print(f"balanced_accuracy: {balanced_accuracy(results):.1f}")
    return 0


def outcome_rows(results: list[ItemResult]) -> list[list[object]]:
    """Right / wrong / abstained per logic type and gold label: aggregates only, so a blind run shows which
    mechanism fails (abstentions: reading coverage; wrong "yes": propositions merged; wrong "no": defaults)."""
    rows: list[list[object]] = []
    for subset in sorted({r.subset for r in results}):
        for label in ("yes", "no"):
            part = [r for r in results if r.subset == subset and r.expected == label]
            if part:
                rows.append([subset, label, sum(r.correct for r in part),
                             sum(r.predicted is not None and not r.correct for r in part),
                             sum(r.predicted is None for r in part)])
    return rows


def _rates(results: list[ItemResult]) -> list[str]:
    out = []
    for label in ("yes", "no"):
        part = [r for r in results if r.expected == label]
        out.append(f"{100 * sum(r.correct for r in part) / len(part):.1f}" if part else "-")
    out.append(f"{balanced_accuracy(results):.1f}")
    out.append(str(sum(r.predicted is None for r in results)))
    return out
