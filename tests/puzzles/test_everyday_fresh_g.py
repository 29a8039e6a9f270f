"""Fresh everyday batch G (`everyday_fresh_g.py`, written before the puzzh round changed any code).

First reading, before any code change: 15 of 48 right, 30 abstained, 3 wrong; two of the wrong were the key's (see
the batch's docstring), so 17 right, 30 abstained, 1 wrong ('Yan has no badge' read apart from 'people with a
badge', so "cannot be determined" came back verified). After the round (a stray statement that shares a word but no
predicate makes an open answer abstain, distances "N places behind", "came in", an arrival's place, "How many are
taller than X?", family counts, great-grandparents, siblings-in-law, a second conjunct borrowing the verb, days of
the week): 32 right, 16 abstained, 0 wrong (RIGHT_FLOOR). A verified wrong answer is never allowed; the floor on
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
BATCH = GRADING.load_batch("everyday_fresh_g")
RIGHT_FLOOR = 36


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_G_SOLVE, BATCH.ROUND_G_ANALYZE)


def test_batch_g_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_g.py: the batch's figure
    GRADING.print_figure(outcomes())
