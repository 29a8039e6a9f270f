"""Fresh everyday batch F (`everyday_fresh_f.py`: truth-tellers and liars, assignment grids), written before the
seventh grammar round changed any code.

First reading, before any code change: 16 of 56 right (verified and right, or the right abstention), 40 abstained,
0 wrong. After the seventh round: 54 right, 2 abstained, 0 wrong (RIGHT_FLOOR). A verified wrong answer is never
allowed; the floor on right outcomes is a ratchet."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _grading():
    spec = importlib.util.spec_from_file_location("everyday_grading", Path(__file__).parent / "everyday_grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRADING = _grading()
BATCH = GRADING.load_batch("everyday_fresh_f")
RIGHT_FLOOR = 54


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_F_SOLVE, BATCH.ROUND_F_ANALYZE)


def test_batch_f_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_f.py: the batch's figure
    GRADING.print_figure(outcomes())
