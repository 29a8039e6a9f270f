"""Puzzle work under a deadline and a memory limit: the sandbox call every entry point shares.

`solve`, `analyze` and the model path's decisions parse text and call Z3, either of which can take
unbounded time or memory on a hostile input (48,000 people, a 12-way count, first-order premises with
many readings). They run here, in the sandbox worker (`agentlib.sandbox`), under what is left of the
caller's `Deadline`; a call that runs past it or dies of the worker's memory/CPU limits comes back as
the caller's own typed abstention ("deadline" / "resources"), never an exception or a hang.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TypeVar

from agentlib.errors import ToolFailure
from agentlib.limits import Deadline
from agentlib.puzzles.verdict import Failure

Result = TypeVar("Result")
SANDBOX_SLACK_S = 0.5  # the worker's own bookkeeping around a call


def run_bounded(function: str, kwargs: dict[str, Any], deadline: Deadline, decode: Callable[[Any], Result],
                abstain: Callable[[Failure, str], Result]) -> Result:
    """Run an allow-listed `function` in the sandbox under what is left of `deadline`.

    `decode` turns the JSON result into the caller's type; `abstain(failure, reason)` builds the
    typed abstention for a deadline ("deadline") or a worker that died of its limits ("resources").
    Inside the worker the function runs in place (the worker is already the bound).
    """
    from agentlib.sandbox import ToolCrashed, ToolTimeout, default_sandbox, in_worker

    if in_worker():
        module_name, _, attribute = function.partition(":")
        return decode(getattr(importlib.import_module(module_name), attribute)(**kwargs))
    remaining = deadline.remaining()
    if remaining <= 0:
        return abstain("deadline", f"the deadline of {deadline.seconds:g} s was reached before solving")
    try:
        result = default_sandbox().call(function, kwargs, deadline_s=max(0.1, remaining - SANDBOX_SLACK_S))
    except ToolTimeout:
        return abstain("deadline", f"the deadline of {deadline.seconds:g} s was reached; the solver was stopped")
    except ToolCrashed as error:
        return abstain("resources", f"the solver hit its memory or CPU limit and was stopped ({error})")
    except ToolFailure as error:
        return abstain("error", f"the solver failed: {error}")
    return decode(result)
