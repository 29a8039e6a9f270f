"""`check_trace`: split a reasoning trace into steps, check each step's claims, report the first wrong step.

Computed verdicts: arithmetic claims are recomputed exactly (`arithmetic.py`), claimed solutions of
equations are substituted back with SymPy (`algebra.py`), symbolic rewrites and numeric LaTeX equations
are compared at random points, also across steps and through functions the problem defines
(`identities.py`, `definitions.py`), lengths of clock intervals are recomputed (`clock.py`), and on a
knights-and-knaves puzzle (the problem formalizes, or a spec is given) logical claims are checked with Z3
(`logic.py`). Flags ("unsupported", for review) in a word problem: an operand that neither the problem, an
earlier step nor a unit gives (`grounding.py`), a rate quoted with another of the problem's numbers
(`quotes.py`), and a step that states an assumption the problem does not give or calls its own result
impossible (`doubts.py`). A step is wrong when one of its claims is refuted or flagged; the explanation
of the first wrong step is one line, fit to send back to a model. `first_error_step` is a 0-based index
(as in ProcessBench); text shown to people counts from 1. Work is bounded: sizes are guarded and the
whole check stops at `deadline_s`, leaving the remaining steps "unchecked" with a note, never hanging.

Left out: claims that need the problem's meaning (a wrong plan, a misread relation between quantities).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from agentlib.checking.algebra import Equations
from agentlib.checking.algebra import check_step as algebra_check
from agentlib.checking.arithmetic import compare, format_number
from agentlib.checking.claims import ArithmeticClaim, display, extract
from agentlib.checking.clock import check_durations
from agentlib.checking.doubts import stated_doubt
from agentlib.checking.graph import build_graph, mark_dependents, numbers_in
from agentlib.checking.grounding import (
    Grounding,
    fractional_count,
    is_count_problem,
    is_story_problem,
    is_word_problem,
    operand_values,
    values_in,
)
from agentlib.checking.identities import Context, check_displays
from agentlib.checking.identities import check_step as identities_check
from agentlib.checking.quotes import Quotes
from agentlib.checking.report import ClaimResult, StepReport, TraceReport
from agentlib.checking.steps import split_steps
from agentlib.errors import InputError

if TYPE_CHECKING:
    from agentlib.checking.logic import SearchState

DEFAULT_DEADLINE_S = 20.0
_FLAGS = {"a fractional count": "gives a fraction of a whole count", "a misquoted rate": "misquotes the problem's rate"}


def check_trace(problem: str, trace: str | list[str], *, formalization: dict | None = None,
                deadline_s: float = DEFAULT_DEADLINE_S, doubts: bool | None = None) -> TraceReport:
    """Check every step of `trace` for `problem`; see the module docstring. Raises `InputError` on wrong types.

    `doubts`: flag steps that state an assumption or call their result a mistake (`doubts.py`). By default on,
    except for a `<think>` monologue, where a reasoning model says "wait" and "assume" on its way to right answers."""
    if not isinstance(problem, str):
        raise InputError("the problem must be text")
    if formalization is not None and not isinstance(formalization, dict):
        raise InputError("a formalization must be a constraint-language spec (a JSON object)")
    started = time.monotonic()
    texts = split_steps(trace)
    steps = [StepReport(i, text) for i, text in enumerate(texts)]
    notes: list[str] = []
    if not steps:
        return TraceReport(steps, None, None, notes=["the trace is empty: nothing to check"])
    if doubts is None:
        doubts = not (isinstance(trace, str) and "<think>" in trace)
    search = _search_state(problem, formalization)
    grounding = Grounding(problem) if is_word_problem(problem) or is_story_problem(problem) else None
    quotes = Quotes(problem, values_in(problem)) if grounding is not None else None
    computed: set = set()  # results the trace computed so far: a rate it derived is its own
    counts = is_count_problem(problem)
    equations = Equations()
    context = Context.for_problem(problem)
    identities_check(problem, context=context)  # the problem's equations are conditions a rewrite may use
    algebra_check(equations, problem)  # the problem's own equations are what solutions must satisfy
    produced: dict[int, set[str]] = {}
    for step in steps:
        if time.monotonic() - started > deadline_s:
            notes.append(f"deadline of {deadline_s:g}s reached: steps {step.index}.. were not checked")
            break
        arithmetic = extract(step.text)
        produced[step.index] = set().union(set(), *(numbers_in(display(c.result)) for c in arithmetic))
        claims = [_arithmetic_result(c) for c in arithmetic] + check_durations(step.text)
        if grounding is not None:
            claims.extend(grounding.check(step.text, arithmetic))
            if doubts and search is None:  # in a puzzle search, "assume X is a knight ... contradiction" is the method
                claims.extend(stated_doubt(step.text))
            claims.extend(cast(Quotes, quotes).check(step.text, computed | _computed_here(arithmetic)))
            computed |= {c.result_value.value for c in arithmetic}
        if counts:
            following = texts[step.index + 1] if step.index + 1 < len(texts) else ""
            claims.extend(fractional_count(arithmetic, problem=problem, rounding=f"{step.text}\n{following}"))
        claims.extend(algebra_check(equations, step.text))
        checked = {frozenset((c.left_value.value, c.right_value.value)) for c in arithmetic}
        claims.extend(identities_check(step.text, checked, context))
        claims.extend(check_displays(context, step.text))
        if search is not None:
            from agentlib.checking.logic import check_step

            claims.extend(check_step(search, step.text))
        step.claims = claims
    if not any(step.claims for step in steps):
        notes.append("no checkable claim (arithmetic or, on a formalized puzzle, logic) was found")
    mark_dependents(build_graph(problem, steps, produced), steps)
    first = next((s for s in steps if s.flagged), None)
    explanation = None
    if first is not None:
        claim = first.flagged[0]
        verdict = ("is wrong" if claim.verdict == "refuted" else claim.reason if claim.kind == "doubt" else
                   _FLAGS.get(claim.reason, "uses an unsupported number"))
        shown = f'"{claim.text}"' if claim.kind == "doubt" else claim.text
        explanation = f"Step {first.index + 1}: {shown} {verdict}; {claim.correct}."  # people count from 1
    return TraceReport(steps, first.index if first else None, explanation, notes=notes)


def make_reasoning_checker(*, deadline_s: float = DEFAULT_DEADLINE_S,
                           doubts: bool = False) -> Callable[[str, str], str | None]:
    """The agent loop's repair callback: (problem, reasoning) -> explanation of the first wrong step, or None.

    Doubts are off by default: a model's reasoning thinks aloud ("wait", "assume"), and a repair turn should
    answer a computed error or an unsupported number, not the model's own hedging."""

    def check(problem: str, reasoning: str) -> str | None:
        return check_trace(problem, reasoning, deadline_s=deadline_s, doubts=doubts).explanation

    return check


def _computed_here(claims: list[ArithmeticClaim]) -> set:
    """Results of this step's claims that are not also their operands ("30 / 10 = 3", not "1 x 8 = 8")."""
    return {c.result_value.value for c in claims
            if c.result_value.value not in operand_values(c.left if c.result == c.right else c.right)}


def _arithmetic_result(claim: ArithmeticClaim) -> ClaimResult:
    left, right = claim.left_value.value, claim.right_value.value
    if claim.relation in ("=", "≈"):
        outcome = compare(left, right, decimals=claim.decimals, approximate=claim.approximate)
        correct = ""
        if outcome.verdict == "refuted":
            correct = f"{display(claim.left)} = {format_number(left)}"
            if claim.right_value.operations > 0:
                correct = (f"{correct}, but {display(claim.right)} = {format_number(right)}"
                           if claim.left_value.operations > 0 else f"{display(claim.right)} = {format_number(right)}")
        return ClaimResult("arithmetic", claim.text, outcome.verdict, correct=correct, reason=outcome.reason)
    holds = {"<": left < right, ">": left > right, "≤": left <= right, "≥": left >= right}[claim.relation]
    if holds:
        return ClaimResult("arithmetic", claim.text, "verified")
    return ClaimResult("arithmetic", claim.text, "refuted",
                       correct=f"{format_number(left)} {claim.relation} {format_number(right)} is false")


def _search_state(problem: str, formalization: dict | None) -> SearchState | None:
    from agentlib.checking.logic import SearchState, puzzle_from_text

    if not problem.strip():
        return None
    lowered = problem.lower()
    if formalization is None and not ("knight" in lowered or "knave" in lowered or "always tell" in lowered):
        return None
    puzzle = puzzle_from_text(problem, formalization)
    return SearchState(puzzle) if puzzle is not None else None
