"""Which library call answers one problem of `POST /batch-solve`: by the kind the client names, or found out.

Kinds: "puzzle" (`agentlib.solve`), "math" (`agentlib.solve_math`), "argument" (`agentlib.analyze`), and
"auto": a text that states a conclusion (`agentlib.puzzles.argument.is_argument`) goes to the argument reader;
anything else to the puzzle solver first (as `agentlib solve` does), and when no formalizer reads the text
(`failure: not_parsed`), to the math solver, then the argument reader.
The first answer that is not an abstention is returned; with none, the puzzle solver's abstention says why.
Every answer says which `kind` produced it.

Left out: a classifier of problem text (each reader decides for itself whether it understood the text).
"""

from __future__ import annotations

from typing import Any

from agentlib.llm import TextModel
from agentlib.server import tasks
from agentlib.server.errors import APIError
from agentlib.server.schemas import BatchItem, SolveMathRequest, SolveRequest


def _math(item: BatchItem, backend: TextModel | None, deadline_s: float) -> dict[str, Any]:
    return tasks.solve_math(SolveMathRequest(problem=item.problem, level=item.level), backend, deadline_s)


def _argument(item: BatchItem, backend: TextModel | None, deadline_s: float) -> dict[str, Any]:
    function = tasks.library_function("analyze")
    return tasks.as_json(tasks.call_supported(function, item.problem, backend=backend, deadline_s=deadline_s))


def route(item: BatchItem, backend: TextModel | None, deadline_s: float) -> dict[str, Any]:
    """The answer to one batch item, with `kind` naming the reader that gave it."""
    if item.kind == "puzzle":
        return {**tasks.solve(SolveRequest(problem=item.problem), backend), "kind": "puzzle"}
    if item.kind == "math":
        return {**_math(item, backend, deadline_s), "kind": "math"}
    if item.kind == "argument":
        return {**_argument(item, backend, deadline_s), "kind": "argument"}
    from agentlib.puzzles.argument import is_argument

    if is_argument(item.problem):
        argument = {**_argument(item, backend, deadline_s), "kind": "argument"}
        if argument.get("status") != "abstained":
            return argument
    puzzle = {**tasks.solve(SolveRequest(problem=item.problem), backend), "kind": "puzzle"}
    if puzzle.get("failure") != "not_parsed":
        return puzzle
    for kind, reader in (("math", _math), ("argument", _argument)):
        try:
            answer = {**reader(item, backend, deadline_s), "kind": kind}
        except APIError as error:
            if error.status == 501:  # this build has no such reader
                continue
            raise
        if answer.get("status") != "abstained":
            return answer
    return puzzle
