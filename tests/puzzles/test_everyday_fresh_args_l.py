"""Fresh everyday arguments and rule questions, batch args l (`everyday_fresh_args_l.py`, written before the round
that reads it changed any code).

First reading, before any code change: right 44, abstained 25, wrong 0 of 69; re-keyed "None of the kids who ate
the cake got sick ..." (Mia need not be a kid): right 45, abstained 24, wrong 0 (see the batch's notes). After
"most" / "few" / "many" / "almost all" are read (`proportions.py`) and two "most" questions re-keyed: right 51,
abstained 18. After run-on conclusions, "Is this a good argument?" and a condition repeated in the past: right 58,
abstained 11, wrong 0. After a premise's reason first ("since A, B"), "Hi team,", "its" for "it's", and "I" kept out
of names: right 61, abstained 8, wrong 0. After "my lease says I can sublet only if ...": right 62, abstained 7.

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
BATCH = GRADING.load_batch("everyday_fresh_args_l")
RIGHT_FLOOR = 62


def outcomes() -> list[tuple[str, str]]:
    """Analyze cases first, then solve cases (the order of the batch's figure)."""
    solve_found = GRADING.outcomes(BATCH.SOLVE_L, [], BATCH.OK_EITHER)
    return GRADING.outcomes([], BATCH.ARGS_L, BATCH.OK_EITHER) + solve_found


def test_fresh_arguments_l_get_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_args_l.py: the batch's figure
    GRADING.print_figure(outcomes())
