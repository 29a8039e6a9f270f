"""`agentlib eval <puzzle family> --data DIR`: accuracy of the formalizers on a benchmark folder.

Without `--backend` only the deterministic formalizers run (no model). With one, items the
formalizer does not understand go to the model's formalize-and-solve path. Every item is solved
through `agentlib.solve` (the family named, so no detection), which runs it in the sandbox worker
under `--deadline` seconds. `--reader english` reads ProntoQA and ProofWriter items with the everyday
controlled-English grammar instead of their own formalizers (a check of its generality).
Scoring lives here, not in the formalizers: an item is correct when its
verdict is verified and its answer equals the gold one.
"""

from __future__ import annotations

import argparse
import re

from agentlib.errors import InputError
from agentlib.evals.harness import ItemResult, print_accuracy_report, run_items
from agentlib.evals.split import select_half
from agentlib.limits import SOLVE_DEADLINE_S
from agentlib.puzzles.family import PuzzleItem, get_family
from agentlib.puzzles.verdict import Verdict


def score_by_equality(item: PuzzleItem, verdict: Verdict) -> ItemResult:
    """Correct when the verdict is verified and its answer equals the expected one."""
    correct = verdict.verified and verdict.answer == item.expected
    failure: str | None
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


# what the English grammar's answers mean in the sets whose prose it can read
ENGLISH_ANSWERS = {
    "prontoqa": {"yes": "True", "no": "False"},
    "proofwriter": {"yes": "True", "no": "False", "cannot be determined": "Unknown"},
}


def _without_options(text: str) -> str:
    return "\n".join(line for line in text.splitlines()
                     if not re.match(r"^\s*(?:Options:|[A-E]\)\s)", line))


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

    reader = getattr(args, "reader", None) or args.dataset
    if reader == "english" and args.dataset not in ENGLISH_ANSWERS:
        raise InputError(f"--reader english reads {', '.join(ENGLISH_ANSWERS)} items, not {args.dataset}")

    def score(item: PuzzleItem) -> ItemResult:
        if reader == "english":  # the everyday grammar on the benchmark's prose: a check of its generality
            verdict = solve(_without_options(item.text), family="english", deadline_s=deadline_s)
            if verdict.verified:
                verdict.answer = ENGLISH_ANSWERS[args.dataset].get(verdict.answer, verdict.answer)
            return score_by_equality(item, verdict)
        return score_by_equality(item, solve(item.text, family=args.dataset, backend=backend, deadline_s=deadline_s))

    results = run_items(items, score, args.out, desc=args.dataset, progress=not args.no_progress)
    print_accuracy_report(results)
    return 0
