"""The task endpoints' work: the same library calls as the CLI commands, JSON in and out, cached by input.

Each function is synchronous (the app runs it in a worker thread) and returns a JSON-ready dict:
- `solve`: `agentlib.solve` (the model path only when the server has a backend), the `Verdict` as JSON;
- `check_trace`: `agentlib.check_trace`, the report as JSON plus the id of the stored run page;
- `summarize`: `agentlib.summarize` on the posted text (read like `agentlib summarize FILE` reads a
  .txt/.md/.html file); `status` is "supported" when the checker supports every sentence, else "flagged";
- `solve_math`: `agentlib.solve_math(problem, level=...)`, and `logical_reasoning`: `agentlib.analyze` for an
  argument and `agentlib.solve` for a puzzle. Both are imported when called: a library without them answers
  501 (`Unavailable`) rather than failing to start;
- `route`: one problem of a batch, routed by kind (`routing.py`).

Results pass through `as_json` (a result's `to_dict()`, then a JSON round trip) so every value a client sees
is plain JSON. Caching and timing live in the app; this module knows no HTTP beyond `APIError`.

Every call gets the server's deadline (`solve`, `summarize`, `solve_math`, `logical_reasoning`; `check_trace`
its request's): an answer at the deadline alone would leave the worker busy under the library's default.
"""

from __future__ import annotations

import inspect
import json
import time
from collections.abc import Callable
from typing import Any, cast

from agentlib.errors import InputError
from agentlib.llm import TextModel
from agentlib.server.errors import APIError
from agentlib.server.runs import RunStore
from agentlib.server.schemas import (
    CheckTraceRequest,
    LogicalReasoningRequest,
    SolveMathRequest,
    SolveRequest,
    SummarizeRequest,
)


def as_json(result: Any) -> dict[str, Any]:
    """A result object (with `to_dict()`) or dict as plain JSON data (unknown values as text)."""
    data = result.to_dict() if hasattr(result, "to_dict") else result
    value = json.loads(json.dumps(data, ensure_ascii=False, default=str))
    if not isinstance(value, dict):
        raise TypeError(f"a task result must be a JSON object, got {type(value).__name__}")
    return value


def library_function(name: str) -> Callable[..., Any]:
    """`agentlib.<name>`, imported now; APIError 501 when this build of agentlib does not have it."""
    import agentlib

    try:
        function: Any = getattr(agentlib, name)
    except (AttributeError, ImportError):
        raise APIError(
            501, f"agentlib.{name} is not part of this agentlib build; this endpoint needs it", code="not_available"
        ) from None
    if not callable(function):
        raise APIError(501, f"agentlib.{name} is not callable in this build", code="not_available")
    return cast(Callable[..., Any], function)


def call_supported(function: Callable[..., Any], *args: Any, **options: Any) -> Any:
    """Call `function` with the keyword options its signature accepts (e.g. `backend`, `deadline_s`)."""
    try:
        parameters = inspect.signature(function).parameters
    except (TypeError, ValueError):
        return function(*args)
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        return function(*args, **options)
    return function(*args, **{k: v for k, v in options.items() if k in parameters})


def solve(request: SolveRequest, backend: TextModel | None, deadline_s: float | None = None) -> dict[str, Any]:
    from agentlib.puzzles.solve import solve as solve_puzzle

    options: dict[str, Any] = {} if deadline_s is None else {"deadline_s": deadline_s}
    return as_json(solve_puzzle(request.problem, family=request.family, backend=backend, votes=request.votes,
                                **options))


def check_trace(request: CheckTraceRequest, runs: RunStore | None) -> dict[str, Any]:
    from agentlib.checking.checker import check_trace as check

    trace = request.trace
    started = time.perf_counter()
    report = as_json(
        check(
            request.problem,
            trace,
            formalization=request.formalization,
            deadline_s=request.deadline_s,
            doubts=bool(request.doubts),
        )
    )
    if runs is not None:
        report["run_id"] = runs.save_check_trace(request.problem, dict(report), time.perf_counter() - started)
    return report


def summarize(request: SummarizeRequest, backend: TextModel | None, deadline_s: float | None = None) -> dict[str, Any]:
    """The posted text read as `agentlib summarize` reads a file of that format, then summarized."""
    from agentlib.documents.reader import document_from_text
    from agentlib.documents.summarize import summarize as summarize_document

    # Read in memory, named "<request>": an error message never shows a server path.
    document = document_from_text(request.text, request.format, "<request>")
    summary = summarize_document(
        document, backend=backend, words=request.words, cache=False, progress=False, deadline_s=deadline_s
    )
    result = as_json(summary)
    sentences = result.get("sentences") or []
    result["status"] = "supported" if all(s.get("supported") for s in sentences) else "flagged"
    return result


def solve_math(request: SolveMathRequest, backend: TextModel | None, deadline_s: float) -> dict[str, Any]:
    function = library_function("solve_math")
    return as_json(
        call_supported(function, request.problem, level=request.level, backend=backend, deadline_s=deadline_s)
    )


def logical_reasoning(request: LogicalReasoningRequest, backend: TextModel | None, deadline_s: float) -> dict[str, Any]:
    """Routed by what the text is, as the library reads it (`agentlib.puzzles.argument.is_argument`):

    - an argument (a conclusion marker, or "does it follow ...?") -> `agentlib.analyze`, kind "argument";
    - a question about a given context -> the entailment reader (`answer_about`: yes / no), kind "question";
    - anything else -> the puzzle solver, kind "puzzle".
    When the chosen reader abstains the others are tried, within the one deadline; with none answering, the
    first abstention says why."""
    from agentlib.limits import Deadline
    from agentlib.puzzles.argument import is_argument
    from agentlib.puzzles.english.entailment import answer_about

    deadline = Deadline(deadline_s)
    context, question = request.context.strip(), request.question.strip()
    if not question:  # the schema allows a blank question (one space is a character); no reader can take it
        raise InputError("the question is empty (only whitespace): ask something")
    text = f"{context}\n{question}".strip()
    analyze = library_function("analyze")

    def argument() -> dict[str, Any]:
        found = call_supported(analyze, text, backend=backend, deadline_s=max(deadline.remaining(), 0.1))
        return {**as_json(found), "kind": "argument"}

    def about_context() -> dict[str, Any]:
        found = answer_about(context, question, deadline_s=max(deadline.remaining(), 0.1))
        return {**as_json(found), "kind": "question"}

    def puzzle() -> dict[str, Any]:
        return {**solve(SolveRequest(problem=text), backend, max(deadline.remaining(), 0.1)), "kind": "puzzle"}

    if is_argument(text):
        order = [argument, puzzle]
    elif context:
        order = [about_context, puzzle, argument]
    else:
        order = [puzzle, argument]
    first: dict[str, Any] | None = None
    for reader in order:
        if first is not None and deadline.expired:
            break
        answer = reader()
        if answer.get("status") != "abstained":
            return answer
        first = first or answer
    assert first is not None
    return first
