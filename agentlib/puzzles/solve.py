"""`agentlib.solve(problem)`: pick a formalizer, solve with Z3, return a certified answer or abstain.

1. Choose the family: the one given, or the deterministic formalizer most confident it reads the text
   (`PuzzleFamily.detect`).
2. Formalize and solve deterministically. A verified verdict is returned as is; an abstention for a
   contradiction or several solutions is returned too (the puzzle itself is at fault).
3. When no deterministic formalizer understands the text and a model backend is given, the model
   formalizes it instead (`agentlib.puzzles.formalize`), with repair and voting; otherwise abstain,
   listing the sentences that were not understood.
"""

from __future__ import annotations

from agentlib.errors import InputError
from agentlib.llm import TextModel
from agentlib.puzzles.family import PuzzleFamily, available_families, get_family
from agentlib.puzzles.verdict import Verdict

MAX_PROBLEM_CHARS = 2_000_000
DETECT_THRESHOLD = 0.5


def solve(problem: str, *, family: str | None = None, backend: TextModel | None = None, votes: int = 3) -> Verdict:
    """Solve a logic puzzle given as text.

    Args:
        problem: the puzzle, as text.
        family: a family name from `agentlib.puzzles.family.FAMILIES` to skip detection.
        backend: a model used only when no deterministic formalizer understands the text.
        votes: formalizations sampled by the model path; their answers must agree.

    Raises:
        InputError: empty or oversized text, or an unknown family name.
    """
    if not isinstance(problem, str) or not problem.strip():
        raise InputError("the problem is empty: give the puzzle text")
    if len(problem) > MAX_PROBLEM_CHARS:
        raise InputError(f"the problem has {len(problem)} characters (limit {MAX_PROBLEM_CHARS})")
    chosen = get_family(family) if family else _detect(problem)
    verdict: Verdict | None = None
    if chosen is not None:
        verdict = chosen.solve(problem)
        if verdict.failure != "not_parsed":
            return verdict
    if backend is not None:
        from agentlib.puzzles.formalize import formalize_and_solve

        return formalize_and_solve(problem, backend, votes=votes)
    if verdict is not None:
        return verdict
    return Verdict(
        "unknown", "abstained", failure="not_parsed",
        reason="no deterministic formalizer recognises this puzzle; pass a model backend to formalize it",
    )


def _detect(problem: str) -> PuzzleFamily | None:
    scored = [(family.detect(problem), family) for family in available_families()]
    scored = [pair for pair in scored if pair[0] >= DETECT_THRESHOLD]
    if not scored:
        return None
    return max(scored, key=lambda pair: pair[0])[1]
