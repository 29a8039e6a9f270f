"""Fresh everyday batch B (`everyday_fresh_b.py`, written before the third grammar round changed any code).

First reading, before any code change: 29 of 47 right (verified and right, or the right abstention), 18 abstained,
0 wrong. After the round (scene sentences that count the cast, amounts "has more N than" / "the most N", kinship
by possessives "Bill's father", "beat" and "won" in a race): 45 of 47, 2 abstained, 0 wrong. After the fourth round
(names that are words, "Will"): 46 of 47. A verified wrong answer is never allowed; the floor on right outcomes is a
ratchet.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _grading():
    spec = importlib.util.spec_from_file_location("everyday_grading", Path(__file__).parent / "everyday_grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRADING = _grading()
BATCH = GRADING.load_batch("everyday_fresh_b")
RIGHT_FLOOR = 46


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_B_SOLVE, BATCH.ROUND_B_ANALYZE)


def test_batch_b_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_b.py: the batch's figure
    GRADING.print_figure(outcomes())
