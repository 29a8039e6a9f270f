"""Fresh everyday batch E (`everyday_fresh_e.py`, written before the sixth grammar round changed any code).

First reading, before any code change: 38 of 64 right (verified and right, or the right abstention), 25 abstained,
1 wrong ("Pia and I are of opposite types" read as saying nothing; fixed). After the round: 50 right, 14 abstained,
0 wrong (RIGHT_FLOOR). A verified wrong answer is never allowed; the floor on right outcomes is a
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
BATCH = GRADING.load_batch("everyday_fresh_e")
RIGHT_FLOOR = 55


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_E_SOLVE, BATCH.ROUND_E_ANALYZE)


def test_batch_e_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_e.py: the batch's figure
    GRADING.print_figure(outcomes())
