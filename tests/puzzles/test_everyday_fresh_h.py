"""Fresh everyday batch H (`everyday_fresh_h.py`, written before the puzzi round changed any code).

First reading, before any code change: 28 of 32 right, 4 abstained, 0 wrong (see the batch's docstring); 29 right
with the family count's key corrected. After "Who is taller?" over the two people the text names (read as "Who is
taller, A or B?") and a kin named in apposition to a possessive ("X's sister Y has ..."): 31 right, 1 abstained ("my
cousins": the speaker as a possessor), 0 wrong (RIGHT_FLOOR). A verified wrong answer is never allowed; the floor on
right outcomes is a ratchet."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _grading():
    spec = importlib.util.spec_from_file_location("everyday_grading", Path(__file__).parent / "everyday_grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRADING = _grading()
BATCH = GRADING.load_batch("everyday_fresh_h")
RIGHT_FLOOR = 31


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_H_SOLVE, BATCH.ROUND_H_ANALYZE)


def test_batch_h_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_h.py: the batch's figure
    GRADING.print_figure(outcomes())
