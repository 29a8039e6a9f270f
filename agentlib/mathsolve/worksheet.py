"""A worksheet: several labelled problems in one text, solved one by one.

People paste a homework sheet as it stands:

    Solve:
    1) 2x + 3 = 7
    2) x^2 - 9 = 0
    3) Differentiate x^3 sin x

Read as one request it is no formula at all (the labels and line breaks run the problems together). `split_worksheet`
cuts it at the labelled lines (the labels `homework_labels` knows: "1)", "2.", "Q3:", "Problem 4", "a)") and puts a
shared instruction line before the first label ("Solve:") in front of each problem; a line without a label
continues the problem above it.

Numbered equations of one system are not a worksheet: with "system" / "simultaneous" in the instruction, or when
every item is a bare equation and they share an unknown ("1) x + y = 3  2) x - y = 1"), the text stays one request.
"""

from __future__ import annotations

import re

from agentlib.errors import InputError
from agentlib.limits import SOLVE_MATH_DEADLINE_S, Deadline
from agentlib.llm import TextModel
from agentlib.mathsolve.homework_labels import _LABEL
from agentlib.mathsolve.result import Level, MathResult, abstain
from agentlib.mathsolve.solve import MAX_PROBLEM_CHARS

MAX_WORKSHEET_PROBLEMS = 20
_MIN_SHARE_S = 0.05  # less than this is no time to read a problem: it abstains with "deadline" instead
_SYSTEM_WORD = re.compile(r"\b(?:system|simultaneous)\b|연립|方程组|連立", re.I)
_WORD = re.compile(r"[^\W\d_]{2,}")
_UNKNOWN = re.compile(r"(?<![^\W\d_])[a-z](?![^\W\d_])")


def split_worksheet(text: str) -> list[str] | None:
    """The problems of a worksheet (see the module notes), or None when `text` is one request."""
    preface: list[str] = []
    items: list[list[str]] = []
    for line in text.splitlines():
        label = _LABEL.match(line) if line.strip() else None
        if label is not None:
            items.append([line[label.end():].strip()])
        elif items:
            if line.strip():
                items[-1].append(line.strip())
        elif line.strip():
            preface.append(line.strip())
    if len(items) < 2:
        return None
    shared = " ".join(preface)
    problems = [" ".join(item) for item in items]
    if _SYSTEM_WORD.search(shared) or _one_system(problems):
        return None
    if len(problems) > MAX_WORKSHEET_PROBLEMS:
        raise InputError(f"the worksheet has {len(problems)} problems; give at most {MAX_WORKSHEET_PROBLEMS} at a "
                         f"time")
    return [f"{shared} {problem}".strip() if shared else problem for problem in problems]


def _one_system(problems: list[str]) -> bool:
    """Every item a bare equation (no words) and two of them sharing an unknown: the rows of one system."""
    if any(_WORD.search(problem) or problem.count("=") != 1 for problem in problems):
        return False
    unknowns = [set(_UNKNOWN.findall(problem)) for problem in problems]
    return any(unknowns[i] & unknowns[j] and len(unknowns[i] | unknowns[j]) > 1
               for i in range(len(unknowns)) for j in range(i + 1, len(unknowns)))


def solve_worksheet(text: str, *, level: Level = "intermediate", backend: TextModel | None = None,
                    deadline_s: float = SOLVE_MATH_DEADLINE_S) -> list[MathResult] | None:
    """Each problem of the worksheet in `text` solved by `solve_math`, or None when `text` is one request.

    The deadline is shared and holds for the whole sheet: each problem gets an equal part of what is left (at least
    5 s, never more than what is left), and the problems after it abstain with the failure "deadline" (each problem
    once had 5 s of its own: twelve slow problems ran 75 s past a 3 s deadline). A problem that abstains with the
    shared instruction in front of it ("Solve:" before "Differentiate x^3") is tried as its own line, whose
    instruction then stands.
    """
    from agentlib.mathsolve.solve import solve_math

    if not isinstance(text, str):
        raise InputError(f"the worksheet must be text, not {type(text).__name__}")
    if len(text) > MAX_PROBLEM_CHARS:
        raise InputError(f"the problem has {len(text):,} characters; the limit is {MAX_PROBLEM_CHARS:,}")
    deadline = Deadline(deadline_s)
    problems = split_worksheet(text)
    if problems is None:
        return None
    results = []
    for index, (problem, own) in enumerate(zip(problems, _own_lines(text), strict=True)):
        share = max(deadline.remaining() / (len(problems) - index), 5.0)
        if deadline.cap(share) < _MIN_SHARE_S:
            results.append(abstain(problem, f"the worksheet's deadline ({deadline.seconds:g} s) was reached before "
                                   "this problem", "deadline", level=level))
            continue
        result = solve_math(problem, level=level, backend=backend, deadline_s=deadline.cap(share))
        if not result.verified and own != problem and deadline.cap(share) >= _MIN_SHARE_S:
            alone = solve_math(own, level=level, backend=backend, deadline_s=deadline.cap(share))
            result = alone if alone.verified else result
        results.append(result)
    return results


def _own_lines(text: str) -> list[str]:
    """The problems of `text` without the shared instruction (`split_worksheet` with an empty preface)."""
    lines = [line for line in text.splitlines() if line.strip()]
    first = next(index for index, line in enumerate(lines) if _LABEL.match(line))
    return split_worksheet("\n".join(lines[first:])) or []
