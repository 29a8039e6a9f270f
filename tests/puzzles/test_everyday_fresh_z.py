"""Fresh everyday batch Z (`everyday_fresh_z.py`, written before the round that reads it changed any code).

First sight (commit c0af9c9, before any code change for it): right 18, abstained 25, wrong 3 of 46. The three
wrongs were keys, not answers: a title's name is answered without its stop ("Dr Black", "Mrs Lee"), and "Is Mrs.
White taller than Mr. Green?" with nothing said of Mrs. White is honestly "cannot be determined"; the keys now say
so (right 21 of 46 with them). The abstentions: every cast declared without a colon ("There are three people Al, Bo
and Cy.", "Three friends Ann, Bea and Cal went to a race."); single-letter speakers and a suspect who "says
nothing"; grid values listed without "and" ("Monday, Tuesday, Wednesday", "a cat, a dog, a fish"); "has a cat, a
dog or a parrot"; "the same age" beside comparisons with a superlative asked; the wrongly labelled boxes and jars;
sibling counting ("Each brother has two sisters").

After this round: right 29, abstained 17, wrong 0 of 46. Read now: a counted cast typed without its commas or colon
(`counted_apposition.py`). Still abstaining: everything else listed above.

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
BATCH = GRADING.load_batch("everyday_fresh_z")
RIGHT_FLOOR = 29


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_Z_SOLVE, BATCH.ROUND_Z_ANALYZE)


def test_batch_z_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_z.py: the batch's figure
    GRADING.print_figure(outcomes())
