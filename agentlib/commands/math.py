"""`agentlib math TEXT|FILE|-`: solve a math request, show checked steps at a level; or `--practice TOPIC`."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from agentlib.commands.inputs import read_text_argument
from agentlib.commands.options import add_backend, backend_from
from agentlib.errors import InputError
from agentlib.limits import SOLVE_MATH_DEADLINE_S

if TYPE_CHECKING:
    from agentlib.mathsolve.result import MathResult


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
    from agentlib.mathsolve.worksheet import solve_worksheet

    text = read_text_argument(args.problem, "math request")
    sheet = solve_worksheet(text, level=args.level, backend=backend_from(args), deadline_s=args.deadline)
    if sheet is not None:  # "1) 2x + 3 = 7\n2) factor x^2 - 9": each problem on its own
        return _print_worksheet(sheet, args.json)
    result = solve_math(text, level=args.level, backend=backend_from(args), deadline_s=args.deadline)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        print(result.render())
    return 0 if result.verified else 1


def _print_worksheet(results: list[MathResult], as_json: bool) -> int:
    """Each result under its number (JSON: a list, as `--practice` prints); 0 only when every one verified."""
    if as_json:
        print(json.dumps([r.to_dict() for r in results], indent=2, ensure_ascii=False, default=str))
    else:
        print("\n\n".join(f"problem {number}: {r.problem.strip()}\n{r.render()}"
                           for number, r in enumerate(results, 1)))
    return 0 if all(r.verified for r in results) else 1


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
