"""`agentlib.solve(problem)`: pick a formalizer, solve with Z3, return a certified answer or abstain.

1. Check the input: text (a `str`, else `ProblemTypeError` naming the type given), not empty, under
   `MAX_PROBLEM_CHARS`, and free of look-alike names (`lookalike.py`: "Ann" and a Cyrillic "Аnn" are
   refused with the script of each).
2. Choose the family: the one given, or the deterministic formalizer most confident it reads the text
   (`PuzzleFamily.detect`); the controlled-English grammar (`english/`) reads what no benchmark
   family claims.
3. Formalize and solve deterministically, in the sandbox worker (`agentlib.sandbox`) under the
   overall deadline and the worker's memory limit: parsing and every Z3 call of a family run there, so
   a huge or hostile puzzle ends as "abstained" with the failure "deadline" or "resources", never a
   hang. A verified verdict is returned as is; an abstention for a contradiction or several solutions
   is returned too (the puzzle itself is at fault).
4. When no deterministic formalizer understands the text and a model backend is given, the model
   formalizes it instead (`agentlib.puzzles.formalize`, each formalization decided in the sandbox), and
   the verdict says `reader="model"`; otherwise abstain, listing the sentences that were not understood.
"""

from __future__ import annotations

from typing import Any

from agentlib.errors import InputError, ToolFailure
from agentlib.limits import SOLVE_DEADLINE_S, Deadline
from agentlib.llm import TextModel, check_backend
from agentlib.puzzles.bounded import run_bounded
from agentlib.puzzles.family import PuzzleFamily, available_families, get_family
from agentlib.puzzles.lookalike import find_lookalikes
from agentlib.puzzles.verdict import Verdict

# A puzzle or an argument is a page or two; 200,000 characters (some 8,000 sentences, read in about 8 s here, or a
# knights puzzle of 3,000 people) leaves room for any real one, while a megabyte took the grammar most of the solve
# deadline only to abstain.
MAX_PROBLEM_CHARS = 200_000
DETECT_THRESHOLD = 0.5


class ProblemTypeError(InputError, TypeError):
    """The problem is not text; the message names the type that was given."""


class LookalikeNames(InputError):
    """The text writes names in two scripts that look the same (e.g. Latin "Ann" and Cyrillic "Аnn")."""


def check_problem_text(problem: object, what: str = "problem") -> str:
    """`problem` as checked text, or a typed error: not a str, empty, too long, or with look-alike names."""
    if not isinstance(problem, str):
        hint = " (decode bytes as UTF-8 first)" if isinstance(problem, (bytes, bytearray)) else ""
        raise ProblemTypeError(f"the {what} must be text (str), not {type(problem).__name__}{hint}")
    if not problem.strip():
        raise InputError(f"the {what} is empty: give the text")
    if len(problem) > MAX_PROBLEM_CHARS:
        raise InputError(f"the {what} has {len(problem):,} characters; the limit is {MAX_PROBLEM_CHARS:,} (a puzzle "
                         "or an argument, not a document: `agentlib summarize` and `agentlib ask` read long documents)")
    lookalikes = find_lookalikes(problem)
    if lookalikes:
        raise LookalikeNames("the text writes words in scripts that look alike, so they would be read as different "
                             "names: " + "; ".join(item.describe() for item in lookalikes[:3]))
    return problem


def solve(problem: str, *, family: str | None = None, backend: TextModel | None = None, votes: int = 3,
          deadline_s: float = SOLVE_DEADLINE_S) -> Verdict:
    """Solve a logic puzzle given as text.

    Args:
        problem: the puzzle, as text.
        family: a family name from `agentlib.puzzles.family.FAMILIES` to skip detection.
        backend: a model used only when no deterministic formalizer understands the text.
        votes: formalizations sampled by the model path; their answers must agree.
        deadline_s: the overall wall-clock budget; when it runs out the verdict is "abstained" with
            the failure "deadline".

    Raises:
        ProblemTypeError: `problem` is not a str.
        LookalikeNames: names written in look-alike scripts.
        InputError: empty or oversized text, an unknown family name, a bad deadline, votes < 1, a backend that is
            not a `TextModel`.
    """
    deadline = Deadline(deadline_s)
    check_problem_text(problem)
    backend = check_backend(backend)
    if isinstance(votes, bool) or not isinstance(votes, int) or votes < 1:
        raise InputError(f"votes must be a whole number >= 1, got {votes!r}")  # with or without a backend
    if family is not None:
        get_family(family)  # an unknown name is the caller's error, raised here rather than in the worker
    verdict = run_bounded("agentlib.puzzles.solve:solve_in_place", {"problem": problem, "family": family}, deadline,
                          Verdict.from_dict, lambda failure, reason: Verdict("unknown", "abstained", failure=failure,
                                                                             reason=reason))
    if verdict.failure == "not_parsed" and backend is None:
        return _pointed_to_math(problem, verdict, deadline)
    if verdict.failure != "not_parsed" or backend is None:
        return verdict
    from agentlib.puzzles.formalize import formalize_and_solve

    return formalize_and_solve(problem, backend, votes=votes, deadline=deadline)


def _pointed_to_math(problem: str, verdict: Verdict, deadline: Deadline) -> Verdict:
    """An abstention on a text that reads as math ("solve x^2 - 5x + 6 = 0", "It's 9:45 now. What time will it be in
    2 hours?") says where it is answered: the puzzle grammar has no roots or clock sums, the math door does. Only
    the reading is tried (bounded by what is left of the deadline), never the computation."""
    from dataclasses import replace

    from agentlib.mathsolve.bounded_reading import read_within

    if deadline.remaining() < 1.0:
        return verdict
    try:
        reading = read_within(problem, deadline)
    except (InputError, ToolFailure, RecursionError, ValueError):  # a hint only: the puzzle verdict stands
        return verdict
    if reading.request is None:
        return verdict
    hint = "it reads as a math request: `agentlib math` (or `agentlib.solve_math`) solves it"
    return replace(verdict, reason=f"{verdict.reason}; {hint}" if verdict.reason else hint)


def solve_in_place(problem: str, family: str | None = None) -> dict[str, Any]:
    """The deterministic path, run where it is called (inside the sandbox worker); a verdict as JSON."""
    try:
        chosen = get_family(family) if family else detect_family(problem)
    except RecursionError:  # a family's detection read a text nested past the interpreter's stack
        return Verdict("unknown", "abstained", failure="resources", reason="the text is nested too deeply").to_dict()
    if chosen is None:
        return Verdict("unknown", "abstained", failure="not_parsed",
                       reason="no deterministic formalizer recognises this puzzle; pass a model backend to "
                              "formalize it").to_dict()
    try:
        return chosen.solve(problem).to_dict()
    except RecursionError:
        return Verdict(chosen.name, "abstained", failure="resources", reason="the text is nested too deeply").to_dict()
    except InputError as error:  # a spec the family built but the constraint language refused (e.g. too long)
        return Verdict(chosen.name, "abstained", failure="error", reason=f"could not be formalized: {error}").to_dict()


def detect_family(problem: str) -> PuzzleFamily | None:
    scored = [(family.detect(problem), family) for family in available_families()]
    scored = [pair for pair in scored if pair[0] >= DETECT_THRESHOLD]
    if not scored:
        return None
    return max(scored, key=lambda pair: pair[0])[1]
