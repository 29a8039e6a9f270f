"""Number riddles: "I'm thinking of a number between 1 and 10. It's even. It's bigger than 6. It isn't 10.
What is it?" answered with proof, or an honest abstention.

The riddle is read by `number_riddle_reader` into exact clues about one whole number (0, 1, 2, ...:
a riddle's "number" is a whole number, and the certificate says so). The clues must bound the number
from above ("less than 50", "a two-digit number", "a factor of 36"), so the candidates are finite;
then every candidate is tried with each clue's arithmetic, and Z3 proves the same answer from the
clues' formulas: the answer satisfies them, and no other number in range does (or, for "how many"
and "which numbers", that no number outside the list does). Both must agree.

Abstentions: a sentence not understood (quoted), no upper bound, more candidates than
`MAX_CANDIDATES`, no number fitting (the riddle contradicts itself), several numbers fitting a
"what is it" (the candidates are listed), and "between 1 and 10" where including or excluding the
ends changes the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import z3

from agentlib.puzzles.family import PuzzleItem
from agentlib.puzzles.number_clues import Clue, Compare, DigitLength, FactorOf, digit_count
from agentlib.puzzles.number_riddle_reader import Between, Question, Riddle, read_riddle
from agentlib.puzzles.verdict import Certificate, Failure, SolverCheck, Verdict

NAME = "number-riddle"
# Every candidate is tried in Python; 200,000 of them take well under a second here, and no riddle a
# person writes needs more (a six-digit number is already "between 100000 and 999999").
MAX_CANDIDATES = 200_000
Z3_TIMEOUT_MS = 20_000
_LISTED = 12


@dataclass(frozen=True)
class Range:
    low: int
    high: int
    because: str  # which clue bounds it from above


def split_sentences(text: str) -> list[str]:
    """Sentences and questions; ", and it is ..." after an opening starts a new sentence."""
    pieces = re.split(r"(?<=[.!?;:])\s+|\n+|,\s*(?=(?:and |but |so )?(?:it|its|the number)(?:'s|\s))", text.strip(),
                      flags=re.IGNORECASE)
    return [re.sub(r"^\s*(?:[-*\u2022]|\d+[.)]|clue \d+:)\s*", "", piece, flags=re.IGNORECASE).strip()
            for piece in pieces if piece and piece.strip(" .,;:")]


def candidate_range(clues: list[Clue]) -> Range | None:
    """The whole numbers the clues allow at most: from 0 (or a stated lower bound) to the least stated upper
    bound; None when no clue bounds the number from above."""
    low, high, because = 0, None, ""
    for clue in clues:
        if clue.negated:
            continue
        bound_high: int | None = None
        if isinstance(clue, Between):
            low = max(low, clue.value if clue.inclusive else clue.value + 1)
            bound_high = clue.upper if clue.inclusive else clue.upper - 1
        elif isinstance(clue, Compare):
            if clue.op in (">", ">="):
                low = max(low, clue.value + (clue.op == ">"))
            else:
                bound_high = clue.value - (clue.op == "<")
                if clue.op == "==":
                    low = max(low, clue.value)
        elif isinstance(clue, DigitLength):
            low = max(low, 10 ** (clue.length - 1) if clue.length > 1 else 0)
            bound_high = 10 ** clue.length - 1
        elif isinstance(clue, FactorOf):
            bound_high = clue.multiple
        if bound_high is not None and (high is None or bound_high < high):
            high, because = bound_high, clue.describe()
    return None if high is None else Range(low, high, because)


def _readings(clues: list[Clue]) -> list[list[Clue]]:
    """One reading, or two where "between" may or may not include its ends."""
    open_ends = [clue for clue in clues if isinstance(clue, Between) and not clue.settled]
    if not open_ends:
        return [clues]
    return [[replace(clue, inclusive=inclusive) if clue in open_ends else clue for clue in clues]
            for inclusive in (True, False)]


@dataclass(frozen=True)
class Solutions:
    numbers: list[int]
    range: Range
    checks: list[SolverCheck]


def _z3_confirms(clues: list[Clue], span: Range, numbers: list[int]) -> list[SolverCheck] | None:
    """Z3's checks that exactly `numbers` satisfy the clues in `span`; None if Z3 disagrees or gives up."""
    x = z3.Int("n")
    digits = digit_count(span.high)
    solver = z3.Solver()
    solver.set("timeout", Z3_TIMEOUT_MS)
    solver.add(x >= span.low, x <= span.high)
    for clue in clues:
        solver.add(clue.formula(x, digits, span.high))
    checks: list[SolverCheck] = []
    for number in numbers[:_LISTED]:
        if solver.check(x == number) != z3.sat:
            return None
        checks.append(SolverCheck(f"the clues with n = {number}", "sat"))
    others = z3.And([x != number for number in numbers]) if numbers else z3.BoolVal(True)
    if solver.check(others) != z3.unsat:
        return None
    listed = ", ".join(map(str, numbers[:_LISTED])) + (" ..." if len(numbers) > _LISTED else "")
    claim = f"the clues with n other than {listed}" if numbers else "the clues"
    checks.append(SolverCheck(claim, "unsat", f"no other whole number from {span.low} to {span.high} fits"))
    return checks


@dataclass(frozen=True)
class Unsolved:
    failure: Failure
    reason: str


def _solutions(clues: list[Clue]) -> Solutions | Unsolved:
    span = candidate_range(clues)
    if span is None:
        return Unsolved("not_parsed", "no clue bounds the number from above, so infinitely many whole numbers are "
                                      "candidates")
    if span.high - span.low + 1 > MAX_CANDIDATES:
        return Unsolved("resources", f"the clues leave {span.high - span.low + 1:,} candidates from {span.low} to "
                                     f"{span.high}; the limit is {MAX_CANDIDATES:,}")
    numbers = [n for n in range(span.low, span.high + 1) if all(clue.holds(n) for clue in clues)]
    checks = _z3_confirms(clues, Range(span.low, span.high, span.because), numbers)
    if checks is None:
        return Unsolved("error", "Z3 did not confirm the candidates found by trying every number")
    return Solutions(numbers, span, checks)


def solve_riddle(riddle: Riddle) -> Verdict:
    if riddle.unparsed:
        return Verdict(NAME, "abstained", failure="not_parsed", unparsed=list(riddle.unparsed),
                       reason=f"{len(riddle.unparsed)} sentence(s) not understood")
    if riddle.question is None:
        return Verdict(NAME, "abstained", failure="not_parsed", reason="no question is asked about the number")
    outcomes = []
    for reading in _readings(riddle.clues):
        found = _solutions(reading)
        if isinstance(found, Unsolved):
            return Verdict(NAME, "abstained", failure=found.failure, reason=found.reason)
        outcomes.append(found)
    answers = [_answer(riddle.question, found.numbers) for found in outcomes]
    if len({repr(answer) for answer in answers}) > 1:
        return Verdict(NAME, "abstained", failure="ambiguous",
                       reason="the answer depends on whether 'between' includes its two end numbers: "
                              + " or ".join(_shown(found.numbers) for found in outcomes))
    found, answer = outcomes[0], answers[0]
    if not found.numbers and riddle.question.kind in ("value", "is"):
        return Verdict(NAME, "abstained", failure="unsat",
                       reason="no whole number fits all the clues: the riddle contradicts itself")
    if answer is None:
        return Verdict(NAME, "abstained", failure="ambiguous",
                       reason=f"{len(found.numbers)} numbers fit all the clues: {_shown(found.numbers)}",
                       shared={"possible numbers": found.numbers[:_LISTED]})
    clue_checks = [SolverCheck(clue.describe(), "holds") for clue in riddle.clues] if len(found.numbers) == 1 else []
    certificate = Certificate(
        method=f"every whole number from {found.range.low} to {found.range.high} tried (bounded by "
               f"{found.range.because}), confirmed by Z3",
        checks=tuple(clue_checks + found.checks))
    spec: dict[str, Any] = {"clues": [clue.describe() for clue in riddle.clues], "range": [found.range.low,
                                                                                          found.range.high]}
    both_ends = "; 'between' gives this answer with its end numbers and without them" if len(outcomes) > 1 else ""
    return Verdict(NAME, "verified", answer=answer, certificate=certificate, spec=spec,
                   reason="the number is read as a whole number (0, 1, 2, ...)" + both_ends)


def _answer(question: Question, numbers: list[int]) -> Any:
    if question.kind == "count":
        return len(numbers)
    if question.kind == "list":
        return numbers if len(numbers) <= _LISTED else None
    if question.kind == "is":
        if numbers == [question.value]:
            return "yes"
        return "no" if numbers and question.value not in numbers else None
    return numbers[0] if len(numbers) == 1 else None


def _shown(numbers: list[int]) -> str:
    if not numbers:
        return "none"
    return ", ".join(map(str, numbers[:_LISTED])) + (f" and {len(numbers) - _LISTED} more" if len(numbers) >
                                                    _LISTED else "")


class NumberRiddleFamily:
    """The `PuzzleFamily` of number riddles: claims a text only when it opens by introducing a number."""

    name = NAME

    def load(self, data_dir: Path) -> list[PuzzleItem]:
        return []  # no benchmark ships number riddles; the tests generate them

    def detect(self, text: str) -> float:
        if not re.search(r"\b(?:number|integer)\b", text, re.IGNORECASE):
            return 0.0
        riddle = read_riddle(text, split_sentences(text))
        if not riddle.opened:
            return 0.0
        return 0.9 if not riddle.unparsed and riddle.question is not None else 0.7

    def solve(self, text: str) -> Verdict:
        return solve_riddle(read_riddle(text, split_sentences(text)))


FAMILY = NumberRiddleFamily()
