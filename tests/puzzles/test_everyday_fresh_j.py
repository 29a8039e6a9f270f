"""Fresh everyday batch J (`everyday_fresh_j.py`, written before the round that reads it changed any code).

First sight (commit cae4b77, before any code change for it): right 18, abstained 24, wrong 0 of 42. The
abstentions: numbers in puzzles (ages, "5 more apples"; `agentlib math` abstains on them too), passives ("was broken
by"), nested quantifiers ("Every cat chases some mouse"), "taller than everyone else in her class", days of the week
("the day after tomorrow is Friday"), filler prefaces ("My kid asked me this one:"), "at the front" / "second oldest"
/ "before X but after Y" in orderings, knights in free wording, one liar among three suspects.

After the round: right 33, abstained 9, wrong 0 of 42. Now read: prefaces, days told from today and an "if"
supposition, passives with their agent, "second oldest" without "the" and "the shortest of the three", a singular
"some" object ("chases some mouse"), ages and counts of named people, ", in some order". Still abstaining: "taller
than everyone else in her class", "the tallest boy in his class", "There is a teacher who helps every student", an
object quantifier ("Every letter was signed by the manager", read as "The manager signed every letter", asked of one
letter), "before X but after Y", "in line for ice cream", "the last cookie" asked as "the cookie", "How many ways
... if ...", "Everyone in the club plays chess or go" (two readings). A verified wrong answer is never allowed; the
floor on right outcomes is a ratchet (RIGHT_FLOOR)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _grading():
    spec = importlib.util.spec_from_file_location("everyday_grading", Path(__file__).parent / "everyday_grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRADING = _grading()
BATCH = GRADING.load_batch("everyday_fresh_j")
RIGHT_FLOOR = 35


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_J_SOLVE, BATCH.ROUND_J_ANALYZE)


def test_batch_j_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_j.py: the batch's figure
    GRADING.print_figure(outcomes())
