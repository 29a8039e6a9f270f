"""The reading of a math request kept within the request's bounds: a number's size and the deadline.

Reading runs dozens of pattern readers over the text before any computation; some of them take time quadratic in a
long run of digits or of digit groups ("What is " + 19,000 nines read for 29 s, "1 000 000 ..." for 20 s), and the
reading ran in the caller's process, outside the deadline that the sandbox worker keeps for the computation. Two
bounds close that door:

- a number written with more than `MAX_NUMBER_DIGITS` digits is refused before any reader sees it (the expression
  parser refuses such an integer anyway, `Limits.max_integer_digits`; readers that computed in place, such as a
  percent of a 5,000-digit number, raised Python's own conversion error instead);
- a text longer than `IN_PROCESS_CHARS` is read in the sandbox worker under what is left of the deadline, so that
  the whole call ends by its deadline; shorter texts (nearly every request) are read in place, where even the
  slowest reader takes a fraction of a second.

A reader that still fails on a hostile text (an arithmetic or conversion error) abstains: a reading that did not
finish is not understood, never half-read.
"""

from __future__ import annotations

import re
from typing import Any

from agentlib.errors import AgentlibError, ToolFailure
from agentlib.limits import Deadline
from agentlib.mathsolve.reading import Reading, read
from agentlib.mathsolve.request import MathRequest

MAX_NUMBER_DIGITS = 400  # the expression parser's bound on an integer literal (tools/safe_math.py `Limits`)
IN_PROCESS_CHARS = 2_000  # the expression parser's bound on a formula's length

_LONG_NUMBER = re.compile(rf"\d{{{MAX_NUMBER_DIGITS + 1}}}")


def too_many_digits(text: str) -> str | None:
    """Why `text` is refused for a number past `MAX_NUMBER_DIGITS` digits, or None."""
    if _LONG_NUMBER.search(text) is None:
        return None
    longest = max(len(run) for run in re.findall(r"\d+", text))
    return f"a number of {longest:,} digits: numbers of more than {MAX_NUMBER_DIGITS} digits are not computed with"


def read_bounded(problem: str) -> Reading:
    """`read(problem)`, with the digit bound first and a reader's own failure read as not understood."""
    if (refused := too_many_digits(problem)) is not None:
        return Reading(None, refused, "too_large")
    try:
        return read(problem)
    except AgentlibError:
        raise
    except (ArithmeticError, ValueError, RecursionError) as error:
        return Reading(None, f"the request could not be read ({type(error).__name__})", "not_understood")


def reading_to_dict(problem: str) -> dict[str, Any]:
    """`read_bounded(problem)` as JSON data: what the sandbox worker sends back."""
    reading = read_bounded(problem)
    return {"request": None if reading.request is None else reading.request.to_dict(), "reason": reading.reason,
            "failure": reading.failure, "kind": reading.kind, "notes": list(reading.notes)}


def _from_dict(data: dict[str, Any]) -> Reading:
    request = None if data["request"] is None else MathRequest.from_dict(data["request"])
    return Reading(request, data["reason"], data["failure"], data["kind"], tuple(data["notes"]))


def read_within(problem: str, deadline: Deadline, *, in_process_chars: int = IN_PROCESS_CHARS) -> Reading:
    """The reading of `problem`, done in place when it is short, else in the sandbox worker within `deadline`
    (past it, or with the worker out of memory, the reading abstains)."""
    from agentlib.sandbox import ToolCrashed, ToolTimeout, default_sandbox, in_worker

    if len(problem) <= in_process_chars or in_worker() or too_many_digits(problem) is not None:
        return read_bounded(problem)
    try:
        data = default_sandbox().call("agentlib.mathsolve.bounded_reading:reading_to_dict", {"problem": problem},
                                      deadline_s=max(deadline.remaining(), 0.01))
    except ToolTimeout:
        return Reading(None, f"reading the request did not finish within the deadline ({deadline.seconds:g} s)",
                       "deadline")
    except ToolCrashed:
        return Reading(None, "reading the request ran out of memory", "too_large")
    except ToolFailure as error:
        return Reading(None, f"the request could not be read: {error}", "not_understood")
    return _from_dict(data)
