"""`agentlib solve TEXT|FILE|-`: solve a logic puzzle and print the answer with its certificate."""

from __future__ import annotations

import argparse
import json

from agentlib.commands.inputs import read_text_argument
from agentlib.commands.options import add_backend, backend_from
from agentlib.limits import SOLVE_DEADLINE_S, check_deadline


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("problem", help="the puzzle text, a path to a text file, or - for standard input")
    parser.add_argument("--family", default=None,
                        help="skip detection: english, knights-and-knaves, logicaldeduction, prontoqa, proofwriter, "
                             "folio")
    add_backend(parser, "none; a model is used only when no formalizer understands the text")
    parser.add_argument("--votes", type=int, default=3, help="model formalizations that must agree (model path)")
    parser.add_argument("--deadline", type=float, default=SOLVE_DEADLINE_S,
                        help=f"overall seconds before abstaining with 'deadline' (default {SOLVE_DEADLINE_S:g})")
    parser.add_argument("--json", action="store_true", help="print the verdict as JSON")


def run(args: argparse.Namespace) -> int:
    from agentlib.puzzles.solve import solve

    deadline_s = check_deadline(args.deadline, "--deadline")
    verdict = solve(read_text_argument(args.problem, "puzzle"), family=args.family, backend=backend_from(args),
                    votes=args.votes, deadline_s=deadline_s)
    if args.json:
        print(json.dumps(verdict.to_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        print(verdict.render())
    return 0 if verdict.verified else 1
