"""Fresh everyday batch D (`everyday_fresh_d.py`, written before the fifth grammar round changed any code).

First reading, before any code change: 35 of 52 right (verified and right, or the right abstention), 17 abstained,
0 wrong (after correcting one answer key: Tim is never said to be a kid, so "cannot be determined" is honest).
After the round: see RIGHT_FLOOR. A verified wrong answer is never allowed; the floor on right outcomes is a
ratchet."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _grading():
    spec = importlib.util.spec_from_file_location("everyday_grading", Path(__file__).parent / "everyday_grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRADING = _grading()
BATCH = GRADING.load_batch("everyday_fresh_d")
RIGHT_FLOOR = 42


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_D_SOLVE, BATCH.ROUND_D_ANALYZE)


def test_batch_d_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_d.py: the batch's figure
    GRADING.print_figure(outcomes())
