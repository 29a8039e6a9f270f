"""Word problems (no formula to read): a model writes the solution, `check_trace` checks it.

The model is asked for one computation per line and a last line `Answer: <value>`. The trace is checked
step by step with `agentlib.check_trace` (arithmetic recomputed exactly, equations substituted, quantities
the problem never gives flagged). The result is `verified` only when every step has at least one claim
that a tool confirmed, no claim is refuted, flagged or unchecked, and the final answer is the result of a
confirmed computation of the last steps (so it is recomputed, not taken on trust). Otherwise it is
`unverified`, with the first problem as the reason; a reply with no answer line is an abstention.

Left out: asking the model again after a failed check (the agent loop's repair callback does that).
"""

from __future__ import annotations

import re
from typing import Any

from agentlib.certificate import Certificate, Check
from agentlib.limits import Deadline
from agentlib.mathsolve.result import Level, MathResult, MathStep, abstain

WORD_PROMPT = (
    "Solve this math word problem. Write one computation per line with its numbers, for example "
    "'12 * 4 = 48'. End with a line 'Answer: <number>'.\n\nProblem: {problem}"
)
MAX_NEW_TOKENS = 1024
# horizontal space only: "\s*" after "^" in multiline mode runs over every following blank line from every line
# start, quadratic in a reply of blank lines (100,000 newlines took minutes)
_ANSWER = re.compile(r"^[ \t]*(?:final[ \t]+)?answer[ \t]*[:=][ \t]*(.+?)[ \t]*$", re.I | re.M)
_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?:/\d+)?")


def solve_word_problem(problem: str, backend: Any, *, level: Level, deadline: Deadline) -> MathResult:
    from agentlib.checking.checker import check_trace
    from agentlib.llm import GenerateOptions, Message

    try:
        reply = backend.generate([Message("user", WORD_PROMPT.format(problem=problem))],
                                 GenerateOptions(max_new_tokens=MAX_NEW_TOKENS, temperature=0.0))
    except Exception as error:  # any backend failure is the model's, reported as the reason
        return abstain(problem, f"the model failed: {type(error).__name__}: {str(error)[:200]}", "model",
                       level=level, task="word_problem")
    text = getattr(reply, "text", str(reply))
    answers = _ANSWER.findall(text)
    if not answers:
        return abstain(problem, "the model's solution has no 'Answer:' line", "model", level=level,
                       task="word_problem")
    answer = answers[-1]
    trace = text[: text.lower().rfind("answer")].strip()
    if deadline.remaining() < 0.5:
        return abstain(problem, "the deadline was reached before the solution could be checked", "deadline",
                       level=level, task="word_problem")
    report = check_trace(problem, trace, deadline_s=max(0.5, deadline.remaining()))
    steps: list[MathStep] = []
    problems: list[str] = []
    results: list[str | None] = []
    for step in report.steps:
        confirmed = [c for c in step.claims if c.verdict == "verified"]
        bad = [c for c in step.claims if c.verdict != "verified"]
        check = Check(confirmed[0].text[:200], "holds", "check_trace") if confirmed and not bad else None
        steps.append(MathStep(step.text.strip()[:500], check=check, role="key"))
        if bad:
            problems.append(f"step {step.index + 1}: {bad[0].verdict} ({bad[0].reason or bad[0].text})"[:200])
        elif not confirmed:
            problems.append(f"step {step.index + 1} has nothing a tool could check")
        results += [_result_of(c.text) for c in confirmed]
    value = _number(answer)
    recomputed = value is not None and any(r is not None and _number(r) == value for r in results[-3:])
    checks = tuple(Check(f"step {s.index + 1}", "holds" if not [c for c in s.claims if c.verdict != "verified"]
                         and s.claims else "fails") for s in report.steps)
    checks += (Check(f"the answer {answer} is the result of a checked computation", "holds" if recomputed else
                     "fails"),)
    if report.notes:
        problems += report.notes
    verified = not problems and recomputed and bool(report.steps)
    if not recomputed and not problems:
        problems.append("the final answer is not the result of a checked step")
    return MathResult(problem=problem, status="verified" if verified else "unverified", answer=answer,
                      answer_latex=answer, steps=tuple(steps),
                      verification=Certificate("word problem: the model's steps checked with check_trace", checks,
                                               solver="sympy"),
                      reason="every step and the answer were checked" if verified else "; ".join(problems[:3]),
                      task="word_problem", level=level,
                      value={"kind": "expression", "expression": str(value)} if value is not None else {},
                      notes=("solved by the model; checked by agentlib.check_trace",))


def _result_of(claim: str) -> str | None:
    """The value a checked claim computes: the number after its last '='."""
    if "=" not in claim:
        return None
    numbers = _NUMBER.findall(claim.rsplit("=", 1)[1])
    return numbers[0] if numbers else None


def _number(text: str) -> Any:
    from fractions import Fraction

    match = _NUMBER.search(text.replace("$", ""))
    if match is None:
        return None
    try:
        return Fraction(match.group().replace(",", ""))
    except (ValueError, ZeroDivisionError):
        return None
