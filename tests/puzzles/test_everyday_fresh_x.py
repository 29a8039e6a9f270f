"""Fresh everyday batch X (`everyday_fresh_x.py`, the coordinator's probe of round 34, written before the code that
reads it).

First sight (commit c0af9c9, before any change of round 34): puzzles right 57, abstained 20, wrong 1 of 78;
arguments right 27, abstained 5, wrong 1 of 33. The two wrong: a race "from first to last" listed slowest first, and
"A implies B, B implies C, so A implies C." judged invalid (the letters read as people). The abstentions, by cause:
things named by colour only in the clues; "Where was Eva in line?"; "List them from shortest to tallest: ..."; "Who
is the liar?" of plain speakers; "a normal person can do either"; a whodunit's deed as a role ("Only one of them is
guilty."); "Anna's shirt isn't red" in a colour grid; "Jake is my cousin" after "All of my cousins"; "likes chess or
checkers"; "a red, a blue ... one" and "between the red and blue books"; "Hal: '...' Determine Hal and Ivy."; "Tom
lives on a higher floor than Uma"; "The meeting is on Monday, Tuesday or Wednesday"; arguments in propositional
letters.

After the round: puzzles right 72, abstained 6, wrong 0; arguments right 31, abstained 2, wrong 0. Still abstaining:
"The dog owner is older than Ed" beside a cumulative list; a row of houses placed "next to the doctor, on the left";
a square table whose fourth person is named in a clue;
"today" beside "tomorrow"; "Tom has two sisters. Each sister has one brother."; "Does Bo like Ann?" after "Ann likes
Bo"; "My friend says that since ... Is that valid?"; "honest people" beside "honest".

A verified wrong answer is never allowed; the floor on right outcomes is a ratchet (RIGHT_FLOOR)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _grading():
    spec = importlib.util.spec_from_file_location("everyday_grading", Path(__file__).parent / "everyday_grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRADING = _grading()
BATCH = GRADING.load_batch("everyday_fresh_x")
RIGHT_FLOOR = 103


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_X_SOLVE, BATCH.ROUND_X_ANALYZE)


def test_batch_x_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_x.py: the batch's figure
    GRADING.print_figure(outcomes())
