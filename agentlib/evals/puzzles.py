"""`agentlib eval <puzzle family> --data DIR`: accuracy of the formalizers on a benchmark folder.

Without `--backend` only the deterministic formalizers run (no model). With one, items the
formalizer does not understand go to the model's formalize-and-solve path. Every item is solved
through `agentlib.solve` (the family named, so no detection), which runs it in the sandbox worker
under `--deadline` seconds. Scoring lives here, not in the formalizers: an item is correct when its
verdict is verified and its answer equals the gold one.
"""

from __future__ import annotations

import argparse

from agentlib.evals.harness import ItemResult, print_accuracy_report, run_items
from agentlib.evals.split import select_half
from agentlib.limits import SOLVE_DEADLINE_S
from agentlib.puzzles.family import PuzzleItem, get_family
from agentlib.puzzles.verdict import Verdict


def score_by_equality(item: PuzzleItem, verdict: Verdict) -> ItemResult:
    """Correct when the verdict is verified and its answer equals the expected one."""
    correct = verdict.verified and verdict.answer == item.expected
    if correct:
        failure = None
    elif verdict.failure is not None:
        failure = verdict.failure
    else:
        failure = "wrong"
    return ItemResult(
        id=item.id, correct=correct, predicted=verdict.answer, expected=item.expected, failure=failure,
        subset=item.subset, detail={"status": verdict.status, "reason": verdict.reason, "unparsed": verdict.unparsed},
    )


def run(args: argparse.Namespace) -> int:
    from agentlib.puzzles.solve import solve

    family = get_family(args.dataset)
    items = select_half(family.load(args.data), args.half, key=lambda item: item.text)
    if args.limit is not None:
        items = items[: args.limit]
    backend = None
    if args.backend:
        from agentlib.backends import load_backend

        backend = load_backend(args.backend)
    deadline_s = getattr(args, "deadline", None) or SOLVE_DEADLINE_S

    def score(item: PuzzleItem) -> ItemResult:
        return score_by_equality(item, solve(item.text, family=args.dataset, backend=backend, deadline_s=deadline_s))

    results = run_items(items, score, args.out, desc=args.dataset, progress=not args.no_progress)
    print_accuracy_report(results)
    return 0
