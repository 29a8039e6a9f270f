"""`agentlib analyze TEXT|FILE|-`: judge an argument's validity and print the analysis with its certificate."""

from __future__ import annotations

import argparse
import json

from agentlib.commands.inputs import read_text_argument
from agentlib.commands.options import add_backend, backend_from
from agentlib.limits import ANALYZE_DEADLINE_S, check_deadline


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("argument", help="the argument's text, a path to a text file, or - for standard input")
    add_backend(parser, "none; a model is used only when the grammar does not read the text")
    parser.add_argument("--deadline", type=float, default=ANALYZE_DEADLINE_S,
                        help=f"overall seconds before abstaining with 'deadline' (default {ANALYZE_DEADLINE_S:g})")
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON")


def run(args: argparse.Namespace) -> int:
    from agentlib.puzzles.argument import analyze

    deadline_s = check_deadline(args.deadline, "--deadline")
    analysis = analyze(read_text_argument(args.argument, "argument"), backend=backend_from(args), deadline_s=deadline_s)
    if args.json:
        print(json.dumps(analysis.to_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        print(analysis.render())
    return 0 if analysis.verified else 1
