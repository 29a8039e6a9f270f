"""`agentlib math TEXT|FILE|-`: solve a math request, show checked steps at a level; or `--practice TOPIC`."""

from __future__ import annotations

import argparse
import json

from agentlib.commands.inputs import read_text_argument
from agentlib.commands.options import add_backend, backend_from
from agentlib.errors import InputError
from agentlib.limits import SOLVE_MATH_DEADLINE_S


def configure(parser: argparse.ArgumentParser) -> None:
    from agentlib.mathsolve.practice import TOPICS
    from agentlib.mathsolve.result import LEVELS

    parser.add_argument("problem", nargs="?", default=None,
                        help="the request (any language; plain, Unicode or LaTeX math), a text file, or - for stdin")
    parser.add_argument("--level", choices=LEVELS, default="intermediate",
                        help="how much the steps explain (never changes the answer)")
    add_backend(parser, "none; word problems need one")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--deadline", type=float, default=SOLVE_MATH_DEADLINE_S, help="seconds for the whole request")
    parser.add_argument("--practice", choices=TOPICS, default=None, metavar="TOPIC",
                        help=f"generate practice problems instead: {', '.join(TOPICS)}")
    parser.add_argument("--count", type=int, default=5, help="how many practice problems (default 5)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the practice generator")


def run(args: argparse.Namespace) -> int:
    if args.practice is not None:
        return _practice(args)
    if args.problem is None:
        raise InputError("give a math request (or --practice TOPIC)")
    from agentlib.mathsolve.solve import solve_math

    result = solve_math(read_text_argument(args.problem, "math request"), level=args.level,
                        backend=backend_from(args), deadline_s=args.deadline)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        print(result.render())
    return 0 if result.verified else 1


def _practice(args: argparse.Namespace) -> int:
    from agentlib.mathsolve.practice import practice

    if args.problem is not None:
        raise InputError("--practice takes no problem text")
    problems = practice(args.practice, count=args.count, level=args.level, seed=args.seed,
                        backend=backend_from(args))
    if args.json:
        print(json.dumps([p.to_dict() for p in problems], indent=2, ensure_ascii=False))
    else:
        for number, problem in enumerate(problems, 1):
            print(problem.render(number))
    return 0
