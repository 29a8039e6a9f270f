"""Fresh everyday arguments and rule questions, batch args f (`everyday_fresh_args_f.py`, written before the round
that reads it changed any code), with its adversarial near-misses.

First reading, before any code change: right 80, abstained 27, wrong 1 of 108 (see the batch's notes). After the
round (stressed quantifiers "every single (one of the)", "not a single"; homework lead-ins and "1. ... 2. ..." on one
line; "should" and "would" never facts; "can't be" / "has to" in a conclusion; "did every guest ...?"; "not all
the"; people addressed; "so" without a comma; "You say X" judged granted and not): right 91, abstained 17, wrong 0;
then "no one but employees", "nobody on the night shift drinks ...", "trains on Monday": right 95, abstained 13,
wrong 0 (RIGHT_FLOOR). Found while hunting, outside the batch: "Ann should study. So Ann studies.", "If it rains,
Ann should stay home. It rains. Does Ann stay home?" and "Ann would be at home. So Ann is at home." were verified;
and (already on main) a rule about a kind with a pronoun in its trailing condition: "A dog is allowed only if it
is leashed. Rex is a dog. Rex is not leashed. Is Rex allowed?" and "Students pass only if they study. Ann is a
student. Ann does not study. Does Ann pass?" were verified "cannot be determined" (the pronoun read as one unknown
thing, or as the people named), now "no" (`generic_conditions.py`; all in `test_generated_args_f.py`).

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
BATCH = GRADING.load_batch("everyday_fresh_args_f")
RIGHT_FLOOR = 95


def outcomes() -> list[tuple[str, str]]:
    """Analyze cases first, then solve cases (the order of the batch's figure)."""
    solve_found = GRADING.outcomes(BATCH.SOLVE_F + BATCH.NEAR_MISS_SOLVE, [], None)
    return GRADING.outcomes([], BATCH.ARGS_F + BATCH.NEAR_MISS_ARGS, BATCH.OK_EITHER) + solve_found


def test_fresh_arguments_f_get_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_args_f.py: the batch's figure
    GRADING.print_figure(outcomes())
