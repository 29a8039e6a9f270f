"""Fresh everyday batch C (`everyday_fresh_c.py`, written before the fourth grammar round changed any code).

First reading, before any code change: 30 of 78 right (verified and right, or the right abstention), 48 abstained,
0 wrong (two abstentions were misreadings that only a contradiction caught: "didn't both" read as "neither", a grid's
"neither X nor Y" as "both"). After the round: see RIGHT_FLOOR. A verified wrong answer is never allowed; the floor
on right outcomes is a ratchet."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _grading():
    spec = importlib.util.spec_from_file_location("everyday_grading", Path(__file__).parent / "everyday_grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRADING = _grading()
BATCH = GRADING.load_batch("everyday_fresh_c")
RIGHT_FLOOR = 65


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_C_SOLVE, BATCH.ROUND_C_ANALYZE)


def test_batch_c_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_c.py: the batch's figure
    GRADING.print_figure(outcomes())
