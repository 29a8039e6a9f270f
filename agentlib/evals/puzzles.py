"""`agentlib eval <puzzle family> --data DIR`: accuracy of the formalizers on a benchmark folder.

Without `--backend` only the deterministic formalizers run (no model). With one, items the
formalizer does not understand go to the model's formalize-and-solve path.
"""

from __future__ import annotations

import argparse

from agentlib.evals.harness import ItemResult, print_accuracy_report, run_items
from agentlib.evals.split import select_half
from agentlib.puzzles.family import PuzzleItem, get_family


def run(args: argparse.Namespace) -> int:
    family = get_family(args.dataset)
    items = select_half(family.load(args.data), args.half, key=lambda item: item.text)
    if args.limit is not None:
        items = items[: args.limit]
    backend = None
    if args.backend:
        from agentlib.backends import load_backend

        backend = load_backend(args.backend)

    def score(item: PuzzleItem) -> ItemResult:
        verdict = family.solve(item.text)
        if backend is not None and verdict.failure == "not_parsed":
            from agentlib.puzzles.formalize import formalize_and_solve

            verdict = formalize_and_solve(item.text, backend)
        return family.score(item, verdict)

    results = run_items(items, score, args.out, desc=args.dataset, progress=not args.no_progress)
    print_accuracy_report(results)
    return 0
