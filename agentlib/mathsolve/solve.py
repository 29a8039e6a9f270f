"""`solve_math(problem, level=..., backend=None, deadline_s=...)`: the math solver's entry point.

1. Check the input (text, at most `MAX_PROBLEM_CHARS` characters, not empty; a known level; a deadline).
2. Read it (`reading.py`: everyday requests and competition phrasings such as "What is the remainder when
   ...", "Compute ..."). A reading that is not certain abstains with its reason. A number past 400 digits is
   refused first, and a long text is read in the sandbox worker within the deadline (`bounded_reading.py`).
3. Compute the request in the sandbox worker (`compute.run`) under what is left of the deadline; a worker
   past the deadline, out of memory or refusing the input ends as an abstention of the matching kind.
4. A word problem (no formula, or words the readers do not know) goes to the model when one is given
   (`word.py`: its solution is checked with `check_trace` and its answer recomputed); without one, the
   result abstains and says a model is needed.

Never raises for a problem it cannot solve: only for a wrong argument type, an empty or oversized text, a bad
level or deadline (`InputError`).
"""

from __future__ import annotations

from typing import Any

from agentlib.errors import InputError, ToolFailure
from agentlib.limits import SOLVE_MATH_DEADLINE_S, Deadline
from agentlib.llm import TextModel, check_backend
from agentlib.mathsolve.bounded_reading import read_bounded, read_within
from agentlib.mathsolve.number_riddles import is_number_riddle, solve_number_riddle
from agentlib.mathsolve.reading import Reading
from agentlib.mathsolve.request import MathRequest
from agentlib.mathsolve.result import Level, MathResult, abstain, check_level

MAX_PROBLEM_CHARS = 20_000
MIN_COMPUTE_S = 0.5


def solve_math(problem: str, *, level: Level = "intermediate", backend: TextModel | None = None,
               deadline_s: float = SOLVE_MATH_DEADLINE_S) -> MathResult:
    """Solve one math request; see the module docstring.

    Args:
        problem: the request, in any language, with its math in plain, Unicode or LaTeX notation.
        level: "beginner" (every step, explained), "intermediate" (the main steps) or "advanced" (key steps).
        backend: a `TextModel` for word problems; None solves only what SymPy can read.
        deadline_s: the whole call's wall-clock budget.

    Raises:
        InputError: `problem` is not text, is empty or longer than MAX_PROBLEM_CHARS; a bad level or deadline; a
            backend that is not a `TextModel`.
    """
    if not isinstance(problem, str):
        raise InputError(f"the problem must be text, not {type(problem).__name__}")
    level = check_level(level)
    deadline = Deadline(deadline_s)
    backend = check_backend(backend)
    if len(problem) > MAX_PROBLEM_CHARS:
        raise InputError(f"the problem has {len(problem):,} characters; the limit is {MAX_PROBLEM_CHARS:,}")
    if not problem.strip():
        raise InputError("the problem is empty: give an equation, an expression or a question")
    reading = read_within(problem, deadline)
    if reading.request is None and is_number_riddle(problem):
        return solve_number_riddle(problem, level, deadline)
    if reading.request is None:
        if reading.kind == "word_problem" and backend is not None:
            from agentlib.mathsolve.word import solve_word_problem

            return solve_word_problem(problem, backend, level=level, deadline=deadline)
        reason = reading.reason
        if reading.kind == "word_problem":
            reason += "; a word problem needs a model (--backend) to be solved and checked"
        return abstain(problem, reason, reading.failure or "not_understood", level=level, notes=reading.notes)
    return compute(reading.request, problem, level, deadline)


def read_problem(problem: str) -> Reading:
    """The reading of `problem` in place (everyday requests and competition phrasings share one reader);
    `solve_math` reads a long text in the sandbox worker instead, under its deadline (`bounded_reading`)."""
    return read_bounded(problem)


def compute(request: MathRequest, problem: str, level: Level, deadline: Deadline) -> MathResult:
    """Run `request` in the sandbox worker (in place when already inside one) within `deadline`."""
    from agentlib.sandbox import ToolCrashed, ToolInputError, ToolTimeout, default_sandbox, in_worker

    arguments: dict[str, Any] = {"request": request.to_dict(), "level": level, "problem": problem}
    if in_worker():
        from agentlib.mathsolve.compute import run

        return MathResult.from_dict(run(**arguments))
    remaining = deadline.remaining()
    if remaining < MIN_COMPUTE_S:
        return abstain(problem, "the deadline was reached before the computation", "deadline", level=level,
                       task=request.task)
    try:
        data = default_sandbox().call("agentlib.mathsolve.compute:run", arguments, deadline_s=remaining)
    except ToolTimeout:
        return abstain(problem, f"the computation did not finish within the deadline ({deadline.seconds:g} s)",
                       "deadline", level=level, task=request.task, notes=request.notes)
    except ToolCrashed:
        return abstain(problem, "the computation ran out of memory or crashed the worker", "too_large",
                       level=level, task=request.task, notes=request.notes)
    except ToolInputError as error:
        return abstain(problem, f"the input was refused: {error}", "not_understood", level=level,
                       task=request.task, notes=request.notes)
    except ToolFailure as error:
        return abstain(problem, f"the computation failed: {error}", "unsupported", level=level, task=request.task,
                       notes=request.notes)
    return MathResult.from_dict(data)
