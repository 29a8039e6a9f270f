"""`agentlib eval DATASET --data DIR`: dispatch to the evaluation of one benchmark family.

DATASET names a benchmark family (its published data files, laid out as the family's eval module reads them);
DIR is the folder that holds them.
Each evaluation module has `run(args) -> int` and prints its table with its metric on the last line.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from agentlib.commands.options import add_backend
from agentlib.errors import InputError
from agentlib.evals.split import HALVES

DATASETS: dict[str, str] = {
    "knights-and-knaves": "agentlib.evals.puzzles",
    "prontoqa": "agentlib.evals.puzzles",
    "proofwriter": "agentlib.evals.puzzles",
    "logicaldeduction": "agentlib.evals.puzzles",
    "folio": "agentlib.evals.puzzles",
    "logicbench": "agentlib.evals.logicbench",
    "processbench": "agentlib.evals.processbench",
    "summedits": "agentlib.evals.faithfulness",
    "qags": "agentlib.evals.faithfulness",
    "retrieval": "agentlib.evals.retrieval",
    "math500": "agentlib.evals.math500",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dataset", choices=sorted(DATASETS), metavar="DATASET", help=", ".join(sorted(DATASETS)))
    parser.add_argument("--data", required=True, type=Path, help="folder with the DATASET's data files")
    parser.add_argument("--limit", type=int, default=None, help="evaluate only the first N items")
    add_backend(parser, "no model, tools only")
    parser.add_argument("--out", type=Path, default=None, help="per-item JSONL (default: runs/eval-DATASET.jsonl)")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    parser.add_argument("--reader", choices=("english",), default=None,
                        help="prontoqa/proofwriter: read the prose with the everyday English grammar instead")
    parser.add_argument("--deadline", type=float, default=None,
                        help="seconds per item before it abstains with 'deadline' (puzzle sets and logicbench)")
    parser.add_argument("--half", choices=HALVES, default="all",
                        help="tuning or blind half of the set by a hash of each item's text (blind: aggregates only, "
                             "no per-item file); default all")


def run(args: argparse.Namespace) -> int:
    if not args.data.is_dir():
        raise InputError(f"--data {args.data} is not a folder")
    if args.limit is not None and args.limit < 1:
        raise InputError("--limit must be a positive number")
    if args.half == "blind":
        if args.out is not None:
            raise InputError("--half blind writes no per-item file: drop --out")
    elif args.out is None:
        args.out = Path("runs") / f"eval-{args.dataset}.jsonl"
    module = importlib.import_module(DATASETS[args.dataset])
    return module.run(args)
