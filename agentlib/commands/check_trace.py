"""`agentlib check-trace FILE`: check a reasoning trace step by step (exact arithmetic, SymPy, Z3).

FILE is a text trace (steps split on blank lines and step markers) or a JSON object
`{"problem": ..., "steps": [...] | "trace": "...", "formalization": {...}?}`; `-` reads stdin.
Prints each step with its claims marked ✓ (verified) ✗ (refuted) ! (flagged: unsupported) ? (not checkable)
and the evidence of each failure, or `--json`. `--doubts` also flags a word-problem step that states an
assumption or calls its result a mistake (`checking/doubts.py`).
Exit status: 0 when every step was checked and none is refuted or flagged, 1 when a step is refuted or flagged,
3 when none is but some steps were not checked (deadline, step limit), 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from agentlib.commands.inputs import read_text_argument, read_text_file
from agentlib.errors import InputError
from agentlib.limits import CHECK_TRACE_DEADLINE_S, check_deadline

EXIT_WRONG_STEP = 1
EXIT_INCOMPLETE = 3


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="trace file (.txt or .json with problem/steps); - for stdin")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--problem", default=None, help="the problem text")
    source.add_argument("--problem-file", type=Path, default=None, help="file holding the problem text")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--deadline", type=float, default=CHECK_TRACE_DEADLINE_S,
                        help=f"seconds for the whole check (default {CHECK_TRACE_DEADLINE_S:g}); "
                             "steps not reached are reported unchecked")
    parser.add_argument("--doubts", action="store_true",
                        help="also flag word-problem steps that state an assumption or call their result a mistake")
    parser.add_argument("--no-doubts", action="store_true", help=argparse.SUPPRESS)  # the default since 0.2


def run(args: argparse.Namespace) -> int:
    from agentlib.checking.checker import check_trace

    deadline = check_deadline(args.deadline, "--deadline")
    text = _read(args.file)
    problem, trace, formalization = _parse(text, args.file)
    if args.problem is not None:
        problem = args.problem
    elif args.problem_file is not None:
        problem = read_text_file(args.problem_file, "problem")
    report = check_trace(problem, trace, formalization=formalization, deadline_s=deadline,
                         doubts=args.doubts and not args.no_doubts)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.render())
    if report.first_error_step is not None:
        return EXIT_WRONG_STEP
    return 0 if report.complete else EXIT_INCOMPLETE


def _read(name: str) -> str:
    """The trace text: `-` and files go through the shared reader (UTF-8 only, capped, NUL bytes refused)."""
    if name == "-":
        return read_text_argument("-", "trace")
    text = read_text_file(Path(name), "trace")
    if not text.strip():
        raise InputError(f"the trace in {name} is empty: there is no step to check")
    return text


def _parse(text: str, name: str) -> tuple[str, str | list[str], dict[str, Any] | None]:
    """(problem, trace, formalization) from a JSON object, or ("", text, None) for a plain trace."""
    if not (name.endswith(".json") or text.lstrip().startswith("{")):
        return "", text, None
    try:
        data = json.loads(text)
    except ValueError as error:  # JSONDecodeError, or a number past Python's int digit limit
        raise InputError(f"{name} is not valid JSON: {error}") from None
    except RecursionError:
        raise InputError(f"{name}: the JSON is nested too deeply") from None
    if not isinstance(data, dict):
        raise InputError(f"{name}: expected a JSON object with problem and steps (or trace)")
    if "steps" in data:
        trace = data["steps"]
        if not isinstance(trace, list) or not all(isinstance(s, str) for s in trace):
            raise InputError(f"{name}: 'steps' must be a list of strings (one per step)")
    elif "trace" in data:
        trace = data["trace"]
        if not isinstance(trace, str):
            raise InputError(f"{name}: 'trace' must be a string")
    else:
        raise InputError(f"{name}: the JSON object needs a 'steps' list or a 'trace' text")
    problem = data.get("problem", "")
    if not isinstance(problem, str):
        raise InputError(f"{name}: 'problem' must be a string")
    formalization = data.get("formalization")
    if formalization is not None and not isinstance(formalization, dict):
        raise InputError(f"{name}: 'formalization' must be a constraint-language spec (JSON object)")
    return problem, trace, formalization
