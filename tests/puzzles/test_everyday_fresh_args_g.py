"""Fresh everyday arguments and rule questions, batch args g (`everyday_fresh_args_g.py`, written before the round
that reads it changed any code), with its adversarial near-misses.

First reading, before any code change: right 75, abstained 40, wrong 2 of 117 (see the batch's notes). After
"has no key" linked to "has a key" (`indefinite_objects.py`, and each half of an "and" weighed alone for a stray
reading) and "even if" / "even though" / "although" read as concessives: right 79, abstained 38, wrong 0. After
the handout's "P1. ... C." labels, "obviously", "all and only", "not only ... but also", "otherwise", and "because"
in a premise (both sides stated; never concluded): right 98, abstained 19, wrong 0 (RIGHT_FLOOR).

Each argument goes through `analyze` and each question through `solve`: "right" is the expected answer verified
(or an abstention where None is expected; where `OK_EITHER` names a verdict, that verdict verified is right too),
"abstained" an abstention where an answer was expected, "wrong" a verified answer that is not the expected one.
A wrong outcome is never allowed; the floor on right outcomes is a ratchet.
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
BATCH = GRADING.load_batch("everyday_fresh_args_g")
RIGHT_FLOOR = 98


def outcomes() -> list[tuple[str, str]]:
    """Analyze cases first, then solve cases (the order of the batch's figure)."""
    solve_found = GRADING.outcomes(BATCH.SOLVE_G + BATCH.NEAR_MISS_SOLVE, [], BATCH.OK_EITHER)
    return GRADING.outcomes([], BATCH.ARGS_G + BATCH.NEAR_MISS_ARGS, BATCH.OK_EITHER) + solve_found


def test_fresh_arguments_g_get_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_args_g.py: the batch's figure
    GRADING.print_figure(outcomes())
