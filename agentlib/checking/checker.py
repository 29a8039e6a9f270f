"""`check_trace`: split a reasoning trace into steps, check each step's claims, report the first wrong step.

Computed verdicts: arithmetic claims are recomputed exactly (`arithmetic.py`), claimed solutions of equations are
substituted back with SymPy (`algebra.py`), an equation got by adding or subtracting a linear system's equations is
put to the system's solution (`systems.py`), symbolic rewrites and numeric LaTeX equations are compared at random
points, also across steps and through functions the problem defines (`identities.py`, `definitions.py`), lengths of
clock intervals are recomputed (`clock.py`), and on a knights-and-knaves puzzle (the problem formalizes, or a spec
is given) logical claims are checked with Z3 (`logic.py`). In a word problem, a step that computes exactly the
misreading of a relation the problem states (an inclusive count without the + 1, a triangle's area without the half,
"p% more than" taken off the larger amount, a rate "of the rest" applied to the starting amount) is refuted
(`relations.py`), so is one that composes stated quantities the misread way ("k times as many" reversed, a fraction
of a fraction added, a mean of unequal groups' means, posts at both ends counted as gaps, a rate's units inverted,
successive percent changes added; `compositions.py`), and so is a product of a value rounded before the precision
the problem asks for (`rounding.py`).
Flags ("unsupported", for review, each with its evidence) in a word problem: a final answer that no step computed,
an earlier result carried with a digit changed (`grounding.py`), a problem's rate quoted with another of its numbers
(`quotes.py`) and, only when asked (`doubts=True`), a step that states an assumption or a doubt (`doubts.py`). A
step is wrong when one of its claims is refuted or flagged; the explanation of the first wrong step is one line, fit
to send back to a model.

Step numbers are the printed ones (`first_error_step` 1 is "Step 1"; see `report.py`). Work is bounded: the
checking runs in the sandbox worker (`agentlib.sandbox`), where a repeating alarm (`bounded.py`) stops it at
the deadline and the parent kills it a moment later if the alarm cannot; steps not reached are reported
"unchecked" with the reason ("deadline"; "step_time": one step ran past `CHECK_STEP_DEADLINE_S`, and the next
steps are still checked; "step_limit"; "step_length": a step longer than `MAX_STEP_CHARS`, whose claims are read
from its first `MAX_STEP_CHARS` characters only; "crashed"), never dropped. The main process only
splits the trace and reads the report back. Inside the worker (`in_worker()`) the check runs in place.

Left out: claims that need the problem's meaning beyond the relations `relations.py` reads (a wrong plan, other
misread relations between quantities).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from agentlib.checking.bounded import DeadlineReached, interrupt_after
from agentlib.checking.report import ClaimResult, Rule, StepReport, TraceReport, UncheckedReason, spans
from agentlib.checking.steps import MAX_STEP_CHARS, MAX_STEPS, split_steps
from agentlib.errors import InputError, ToolFailure
from agentlib.limits import CHECK_STEP_DEADLINE_S, CHECK_TRACE_DEADLINE_S, Deadline, check_deadline

DEFAULT_DEADLINE_S = CHECK_TRACE_DEADLINE_S
_KILL_MARGIN_S = 1.0  # the worker's alarm stops the check at the deadline; the parent kills it this much later
_REPLY_S = 0.15  # kept back from the worker's budget for sending the report
# ... and this much more a step: past its budget the worker still lists every step and its dependencies (20,000
# steps outran a fixed margin, and the worker was killed with the steps it had checked)
_REPLY_PER_STEP_S = 150e-6


def check_trace(problem: str, trace: str | list[str], *, formalization: dict[str, Any] | None = None,
                deadline_s: float = CHECK_TRACE_DEADLINE_S, doubts: bool = False) -> TraceReport:
    """Check every step of `trace` for `problem`; see the module docstring.

    Args:
        problem: the problem text ("" when unknown: then only what the steps say alone is checked).
        trace: the steps as a list, or one text (split on blank lines and "Step N:" markers).
        formalization: a constraint-language spec of a knights-and-knaves problem (`agentlib.tools.constraints`);
            when it cannot be used for `problem`, a note says so.
        deadline_s: the whole check, in seconds (positive and finite); steps not reached are "unchecked".
        doubts: flag steps of a word problem that state an assumption or call their result a mistake.

    Raises:
        InputError: a problem or trace of the wrong type, an empty trace, a malformed formalization or deadline.
    """
    if not isinstance(problem, str):
        raise InputError("the problem must be text")
    deadline = Deadline(deadline_s)  # before the splitting, which takes seconds on a trace of many steps
    _check_formalization(formalization)
    texts = split_steps(trace)
    if not texts or not any(text.strip() for text in texts):
        raise InputError("the trace is empty: there is no step to check")
    from agentlib.sandbox import default_sandbox, in_worker

    if in_worker():
        return check_steps(problem, texts, formalization=formalization, budget_s=deadline_s, doubts=doubts)
    sandbox = default_sandbox()
    try:
        sandbox.call("agentlib.checking.checker:ready", {}, deadline_s=max(deadline.remaining(), 1.0))
        budget = deadline.remaining() - _REPLY_S - _REPLY_PER_STEP_S * len(texts)
        if budget <= 0:
            return _unchecked(texts, "deadline", f"deadline of {deadline_s:g}s reached before checking began")
        reply = sandbox.call("agentlib.checking.checker:check_steps_json",
                             {"problem": problem, "steps": texts, "formalization": formalization,
                              "budget_s": budget, "doubts": doubts},
                             deadline_s=budget + _REPLY_S + _REPLY_PER_STEP_S * len(texts) + _KILL_MARGIN_S)
    except ToolFailure as failure:
        from agentlib.sandbox import ToolTimeout

        if isinstance(failure, ToolTimeout):
            return _unchecked(texts, "deadline", f"deadline of {deadline_s:g}s reached: the check was stopped")
        return _unchecked(texts, "crashed", f"the checking worker failed ({failure}); no step was checked")
    return TraceReport.from_dict(reply)


def ready() -> bool:
    """A no-op the main process calls first, so a worker's start-up is not taken from the check's budget."""
    return True


def check_steps_json(problem: str, steps: list[str], formalization: dict[str, Any] | None, budget_s: float,
                     doubts: bool) -> dict[str, Any]:
    """`check_steps` with JSON in and out: what the sandbox worker runs for `check_trace`."""
    return check_steps(problem, steps, formalization=formalization, budget_s=budget_s, doubts=doubts).to_dict()


def check_steps(problem: str, texts: list[str], *, formalization: dict[str, Any] | None = None,
                budget_s: float = CHECK_TRACE_DEADLINE_S, doubts: bool = False) -> TraceReport:
    """Check split steps in this process within `budget_s` (the worker's side of `check_trace`)."""
    deadline = Deadline(check_deadline(budget_s, "budget_s"))
    steps = [StepReport(number, text) for number, text in enumerate(texts, start=1)]
    notes: list[str] = []
    produced: dict[int, set[str]] = {}
    state = None
    try:  # the alarm may go off at any bytecode, even in the `with` itself: the `try` holds all of it
        with interrupt_after(deadline.remaining()):
            state = _State(problem, formalization, doubts, notes, deadline)
    except DeadlineReached:
        state = None  # reading the problem took the whole budget
    for step in steps:
        if state is None or deadline.expired:
            step.unchecked = "deadline"
        elif step.number > MAX_STEPS:
            step.unchecked = "step_limit"
        else:
            budget = min(deadline.remaining(), CHECK_STEP_DEADLINE_S)
            try:
                with interrupt_after(budget):
                    produced[step.index] = state.check(step)
            except DeadlineReached:
                step.claims = []
                step.unchecked = "step_time" if not deadline.expired else "deadline"
            else:
                if len(step.text) > MAX_STEP_CHARS:  # its claims were read from the first MAX_STEP_CHARS only
                    step.unchecked = "step_length"
    for reason, what in (("deadline", f"the deadline ({budget_s:g} s left for checking) was reached"),
                         ("step_time", f"a step took longer than {CHECK_STEP_DEADLINE_S:g} s"),
                         ("step_limit", f"the trace is longer than {MAX_STEPS} steps"),
                         ("step_length", f"a step is longer than {MAX_STEP_CHARS:,} characters (only its first "
                                         f"{MAX_STEP_CHARS:,} were checked)")):
        numbers = [s.number for s in steps if s.unchecked == reason]
        if numbers:
            notes.append(f"{what}: {spans(numbers)} {'was' if len(numbers) == 1 else 'were'} not checked")
    if not any(step.claims for step in steps) and not any(step.unchecked for step in steps):
        notes.append("no checkable claim (arithmetic or, on a formalized puzzle, logic) was found")
    from agentlib.checking.graph import build_graph, mark_dependents

    mark_dependents(build_graph(problem, steps, produced), steps)
    first = next((s for s in steps if s.flagged), None)
    return TraceReport(steps, first.number if first else None, _explanation(first), notes=notes)


class _State:
    """What the checks of one trace remember from the problem and the steps so far."""

    def __init__(self, problem: str, formalization: dict[str, Any] | None, doubts: bool, notes: list[str],
                 deadline: Deadline):
        from agentlib.checking.algebra import Equations
        from agentlib.checking.algebra import check_step as algebra_check
        from agentlib.checking.compositions import Compositions
        from agentlib.checking.grounding import Grounding, MiscopiedAnswer, is_story_problem, is_word_problem, values_in
        from agentlib.checking.identities import Context
        from agentlib.checking.identities import check_step as identities_check
        from agentlib.checking.quotes import Quotes
        from agentlib.checking.relations import Relations
        from agentlib.checking.rounding import EarlyRounding
        from agentlib.checking.systems import LinearSystem

        self.search = _search_state(problem, formalization, notes)
        if self.search is not None:
            self.search.puzzle.deadline = deadline
        self.grounding = Grounding(problem) if is_word_problem(problem) or is_story_problem(problem) else None
        self.quotes = Quotes(problem, values_in(problem)) if self.grounding is not None else None
        self.relations = Relations(problem) if self.grounding is not None else None
        self.rounding = EarlyRounding(problem)
        self.compositions = Compositions(problem)
        self.answers = MiscopiedAnswer(problem) if self.grounding is None else None
        self.doubts = doubts
        self.computed: set[Any] = set()  # results the trace computed so far: a rate it derived is its own
        self.equations = Equations()
        self.context = Context.for_problem(problem)
        identities_check(problem, context=self.context)  # the problem's equations are conditions a rewrite may use
        algebra_check(self.equations, problem)  # the problem's own equations are what solutions must satisfy
        self.system = LinearSystem()
        self.system.check(problem, 0)

    def check(self, step: StepReport) -> set[str]:
        """Set `step.claims`; return the numbers the step computed (for the dependency graph)."""
        from agentlib.checking.algebra import check_step as algebra_check
        from agentlib.checking.claims import display, extract, without_emphasis
        from agentlib.checking.clock import check_durations
        from agentlib.checking.congruences import check_congruences
        from agentlib.checking.doubts import stated_doubt
        from agentlib.checking.graph import numbers_in
        from agentlib.checking.identities import check_displays
        from agentlib.checking.identities import check_step as identities_check
        from agentlib.checking.units import check_conversions

        text = without_emphasis(step.text)  # "= **$54**": markdown bold marks are no part of the math
        arithmetic = extract(text)
        produced = set().union(set(), *(numbers_in(display(c.result)) for c in arithmetic))
        claims = [_arithmetic_result(c) for c in arithmetic] + check_durations(text) + check_conversions(text)
        claims.extend(check_congruences(text))
        claims.extend(self.rounding.check(arithmetic))
        claims.extend(self.compositions.check(text, arithmetic))
        if self.grounding is not None and self.quotes is not None:
            claims.extend(self.grounding.check(text, arithmetic, step.number))
            if self.doubts and self.search is None:  # in a puzzle search "assume X is a knight" is the method
                claims.extend(stated_doubt(text))
            claims.extend(self.quotes.check(text, self.computed | _computed_here(arithmetic)))
            if self.relations is not None:
                claims.extend(self.relations.check(text, arithmetic, self.computed))
            self.computed |= {c.result_value.value for c in arithmetic}
        if self.answers is not None:
            claims.extend(self.answers.check(text, arithmetic, step.number))
        self.context.step = step.number
        self.equations.step = step.number
        claims.extend(algebra_check(self.equations, text))
        claims.extend(self.system.check(text, step.number))
        checked = {frozenset((c.left_value.value, c.right_value.value)) for c in arithmetic}
        claims.extend(identities_check(text, checked, self.context))
        claims.extend(check_displays(self.context, text))
        if self.search is not None:
            from agentlib.checking.logic import check_step

            claims.extend(check_step(self.search, text))
        step.claims = claims
        return produced


def make_reasoning_checker(*, deadline_s: float = CHECK_TRACE_DEADLINE_S,
                           doubts: bool = False) -> Callable[[str, str], str | None]:
    """The agent loop's repair callback: (problem, reasoning) -> explanation of the first wrong step, or None.

    Doubts are off by default: a model's reasoning thinks aloud ("wait", "assume"), and a repair turn should
    answer a computed error, not the model's own hedging. Empty reasoning has nothing to repair (None)."""
    check_deadline(deadline_s)

    def check(problem: str, reasoning: str) -> str | None:
        if not reasoning.strip():
            return None
        return check_trace(problem, reasoning, deadline_s=deadline_s, doubts=doubts).explanation

    return check


def _explanation(first: StepReport | None) -> str | None:
    if first is None:
        return None
    claim = first.flagged[0]
    verdict = "is wrong" if claim.verdict == "refuted" else claim.rule.phrase
    shown = f'"{claim.text}"' if claim.rule is Rule.STATED_DOUBT else claim.text
    cited = f" (from {claim.source})" if claim.source and claim.verdict == "refuted" else ""
    return f"Step {first.number}: {shown} {verdict}; {claim.correct}{cited}."


def _unchecked(texts: list[str], reason: UncheckedReason, note: str) -> TraceReport:
    steps = [StepReport(number, text, unchecked=reason) for number, text in enumerate(texts, start=1)]
    return TraceReport(steps, None, None, notes=[note])


def _check_formalization(formalization: object) -> None:
    """A formalization is a constraint-language spec: an object with "variables" and "constraints"."""
    if formalization is None:
        return
    if not isinstance(formalization, dict):
        raise InputError("a formalization must be a constraint-language spec (a JSON object)")
    variables, constraints = formalization.get("variables"), formalization.get("constraints")
    if not isinstance(variables, dict) or not isinstance(constraints, list):
        raise InputError("a formalization needs 'variables' (an object) and 'constraints' (a list)")
    if not all(isinstance(c, dict) and isinstance(c.get("expr"), str) for c in constraints):
        raise InputError("each constraint of a formalization is an object with an 'expr' text")


def _computed_here(claims: list[Any]) -> set[Any]:
    """Results of this step's claims that are not also their operands ("30 / 10 = 3", not "1 x 8 = 8")."""
    from agentlib.checking.grounding import operand_values

    return {c.result_value.value for c in claims
            if c.result_value.value not in operand_values(c.left if c.result == c.right else c.right)}


def _arithmetic_result(claim: Any) -> ClaimResult:
    from agentlib.checking.arithmetic import compare, format_number
    from agentlib.checking.claims import display, percent_change

    left, right = claim.left_value.value, claim.right_value.value
    if claim.relation == "=" and _part_of_unnamed_whole(claim.left, left, claim.right, right):
        return ClaimResult("arithmetic", claim.text, "unchecked", reason="a fraction of a whole the step does not name")
    if claim.relation in ("=", "≈"):
        outcome = compare(left, right, decimals=claim.decimals, approximate=claim.approximate)
        change = percent_change(claim.left) if claim.right_value.operations == 0 else None
        if outcome.verdict == "refuted" and change is not None:  # "100 - 30% = 70": ambiguous, so both readings
            read = compare(change, right, decimals=claim.decimals, approximate=claim.approximate)
            if read.verdict != "refuted":
                return ClaimResult("arithmetic", claim.text, "unchecked",
                                   reason="holds when the percent is read as a change of the number")
        correct = ""
        if outcome.verdict == "refuted":
            correct = f"{display(claim.left)} = {format_number(left)}"
            if claim.right_value.operations > 0:
                correct = (f"{correct}, but {display(claim.right)} = {format_number(right)}"
                           if claim.left_value.operations > 0 else f"{display(claim.right)} = {format_number(right)}")
            if change is not None:
                correct = f"{correct} ({format_number(change)} with the percent read as a change of the number)"
        return ClaimResult("arithmetic", claim.text, outcome.verdict, correct=correct, reason=outcome.reason)
    holds = {"<": left < right, ">": left > right, "≤": left <= right, "≥": left >= right}[claim.relation]
    if holds:
        return ClaimResult("arithmetic", claim.text, "verified")
    return ClaimResult("arithmetic", claim.text, "refuted",
                       correct=f"{format_number(left)} {claim.relation} {format_number(right)} is false")


def _part_of_unnamed_whole(left_text: str, left: Any, right_text: str, right: Any) -> bool:
    """"1/4 are absent = 6 students": a bare proper fraction set equal to a whole count above 1 is written loosely
    (a fraction of something unnamed), never a claim that the two numbers are equal."""
    bare_fraction = re.fullmatch(r"\s*\(?\d+\s*/\s*\d+\)?\s*", left_text) is not None
    count = re.fullmatch(r"\s*\d+\s*", right_text) is not None
    return bare_fraction and count and 0 < left < 1 < right


def _search_state(problem: str, formalization: dict[str, Any] | None, notes: list[str]) -> Any:
    """The knights-and-knaves search state for `problem`, or None; a note when a given formalization is not used."""
    from agentlib.checking.logic import SearchState, is_knights_puzzle, puzzle_from_text

    if not problem.strip() or (formalization is None and not is_knights_puzzle(problem)):
        if formalization is not None:
            notes.append("the formalization was not used: the problem is not a knights-and-knaves puzzle")
        return None
    puzzle = puzzle_from_text(problem, formalization)
    if puzzle is None and formalization is not None:
        notes.append("the formalization was not used: it does not fit the problem's knights-and-knaves reading")
    return SearchState(puzzle) if puzzle is not None else None
