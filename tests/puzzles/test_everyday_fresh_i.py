"""Fresh everyday batch I (`everyday_fresh_i.py`, written before the round that reads it changed any code).

First reading (commit 9e99a68, before any code change for it): right 33, abstained 2, wrong 2 of 37, where both
"wrong" were the key's format (a knights answer is a dict of kinds, {"A": "knight"}, as in batch H): with the keys
corrected, right 35, abstained 2, wrong 0. The two abstentions: an exceptive over a noun ("Every student in the class
passed the test except Sal") and a possessive kind ("All of Uma's friends like jazz", "Is Val Uma's friend?"); after
the round both read: right 37 of 37. A verified wrong answer is never allowed; the floor on right outcomes is a
ratchet (RIGHT_FLOOR)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _grading():
    spec = importlib.util.spec_from_file_location("everyday_grading", Path(__file__).parent / "everyday_grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRADING = _grading()
BATCH = GRADING.load_batch("everyday_fresh_i")
RIGHT_FLOOR = 37


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_I_SOLVE, BATCH.ROUND_I_ANALYZE)


def test_batch_i_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_i.py: the batch's figure
    GRADING.print_figure(outcomes())
