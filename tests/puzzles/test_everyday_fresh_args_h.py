"""Fresh everyday arguments and rule questions, batch args h (`everyday_fresh_args_h.py`, written before the round
that reads it changed any code), with its adversarial near-misses.

First reading, before any code change: right 84, abstained 37, wrong 3 of 124 (see the batch's notes). After a
role noun used both as a subject ("The murderer is left-handed") and as what a named person may be is refused
(`family.py`), and the two "must" rules re-keyed to the convention `everyday.py` keys: right 86, abstained 38,
wrong 0. After the wrong-answer hunt (collective predicates, noun-relative adjectives, times, "some" under "not")
and the readings "than Bo is" / "than Bo does", "the same age as", "in the event that", a rule passed on from a
teacher or a boss, "Exercise 3:" and "The student wrote:" labels, "the prosecution says": right 98, abstained 26,
wrong 0. After negative questions ("So doesn't the express stop at York?"): right 99, abstained 25, wrong 0
(RIGHT_FLOOR).

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
BATCH = GRADING.load_batch("everyday_fresh_args_h")
RIGHT_FLOOR = 99


def outcomes() -> list[tuple[str, str]]:
    """Analyze cases first, then solve cases (the order of the batch's figure)."""
    solve_found = GRADING.outcomes(BATCH.SOLVE_H + BATCH.NEAR_MISS_SOLVE, [], BATCH.OK_EITHER)
    return GRADING.outcomes([], BATCH.ARGS_H + BATCH.NEAR_MISS_ARGS, BATCH.OK_EITHER) + solve_found


def test_fresh_arguments_h_get_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_args_h.py: the batch's figure
    GRADING.print_figure(outcomes())
