"""`agentlib check-trace FILE`: check a reasoning trace step by step (exact arithmetic, SymPy, Z3).

FILE is a text trace (steps split on blank lines and step markers) or a JSON object
`{"problem": ..., "steps": [...] | "trace": "...", "formalization": {...}?}`; `-` reads stdin.
Prints each step with its claims marked ✓ (verified) ✗ (refuted) ! (flagged: unsupported) ? (not checkable),
or `--json`. `--no-doubts` leaves out the flags on a step's own assumptions and doubts (`checking/doubts.py`).
Exit status 0 when no step is refuted or flagged, 1 when one is, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from agentlib.errors import InputError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="trace file (.txt or .json with problem/steps); - for stdin")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--problem", default=None, help="the problem text")
    source.add_argument("--problem-file", type=Path, default=None, help="file holding the problem text")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--deadline", type=float, default=20.0, help="seconds for the whole check (default 20)")
    parser.add_argument("--no-doubts", action="store_true",
                        help="do not flag steps that state an assumption or call their result a mistake")


def run(args: argparse.Namespace) -> int:
    from agentlib.checking.checker import check_trace

    text = _read(args.file)
    problem, trace, formalization = _parse(text, args.file)
    if args.problem is not None:
        problem = args.problem
    elif args.problem_file is not None:
        problem = _read(str(args.problem_file))
    if args.deadline <= 0:
        raise InputError("--deadline must be a positive number of seconds")
    report = check_trace(problem, trace, formalization=formalization, deadline_s=args.deadline,
                         doubts=False if args.no_doubts else None)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.render())
    return 1 if report.first_error_step is not None else 0


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    if not path.is_file():
        raise InputError(f"{name} is not a file")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{name} is not UTF-8 text") from None


def _parse(text: str, name: str) -> tuple[str, str | list[str], dict | None]:
    """(problem, trace, formalization) from a JSON object, or ("", text, None) for a plain trace."""
    if not (name.endswith(".json") or text.lstrip().startswith("{")):
        return "", text, None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{name} is not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise InputError(f"{name}: expected a JSON object with problem and steps (or trace)")
    trace = data.get("steps", data.get("trace"))
    if trace is None:
        raise InputError(f"{name}: the JSON object needs a 'steps' list or a 'trace' text")
    if not isinstance(trace, (str, list)) or (isinstance(trace, list) and not all(isinstance(s, str) for s in trace)):
        raise InputError(f"{name}: 'steps' must be a list of strings, 'trace' a string")
    problem = data.get("problem", "")
    if not isinstance(problem, str):
        raise InputError(f"{name}: 'problem' must be a string")
    formalization = data.get("formalization")
    if formalization is not None and not isinstance(formalization, dict):
        raise InputError(f"{name}: 'formalization' must be a constraint-language spec (JSON object)")
    return problem, trace, formalization
