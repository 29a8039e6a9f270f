"""Number riddles typed to `agentlib math` ("I'm thinking of a number between 1 and 10. It's even. ..."), answered
by the puzzle reader that owns them (`agentlib.puzzles.number_riddle`) and given back as a math result.

The riddle reader tries every candidate and has Z3 prove the same answer; its certificate becomes the result's
verification, and an abstention keeps its reason (several numbers fit, no number fits, a sentence not read).
"""

from __future__ import annotations

from agentlib.limits import Deadline
from agentlib.mathsolve.result import Failure, Level, MathResult, abstain

# the riddle reader's own confidence that the whole text is a riddle it read (an opening, every clue, a question)
_READ_WHOLE = 0.9
_FAILURES: dict[str, Failure] = {"ambiguous": "ambiguous", "unsat": "ambiguous", "deadline": "deadline",
                                 "resources": "too_large"}


def is_number_riddle(problem: str) -> bool:
    from agentlib.puzzles.number_riddle import FAMILY

    return FAMILY.detect(problem) >= _READ_WHOLE


def solve_number_riddle(problem: str, level: Level, deadline: Deadline) -> MathResult:
    from agentlib.puzzles.solve import solve

    verdict = solve(problem, family="number-riddle", deadline_s=max(deadline.remaining(), 0.1))
    if verdict.status != "verified":
        return abstain(problem, verdict.reason, _FAILURES.get(verdict.failure or "", "not_understood"), level=level,
                       task="number_riddle")
    answer = verdict.answer
    shown = ", ".join(map(str, answer)) if isinstance(answer, list) else str(answer)
    value = {"kind": "values", "values": [str(v) for v in answer]} if isinstance(answer, list) else \
        {"kind": "text", "text": shown}
    return MathResult(problem=problem, status="verified", answer=shown, answer_latex=shown,
                      verification=verdict.certificate, reason=verdict.reason, task="number_riddle", level=level,
                      value=value, notes=tuple(f"clue: {clue}" for clue in (verdict.spec or {}).get("clues", [])))
