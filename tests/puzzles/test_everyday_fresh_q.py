"""Fresh everyday batch Q (`everyday_fresh_q.py`, written before the round that reads it changed any code).

First sight (commit 467eb75, before any code change for it): right 13, abstained 39, wrong 0 of 52.

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
BATCH = GRADING.load_batch("everyday_fresh_q")
RIGHT_FLOOR = 13


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_Q_SOLVE, BATCH.ROUND_Q_ANALYZE)


def test_batch_q_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_q.py: the batch's figure
    GRADING.print_figure(outcomes())
