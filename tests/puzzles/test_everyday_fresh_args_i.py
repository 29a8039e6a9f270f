"""Fresh everyday arguments and rule questions, batch args i (`everyday_fresh_args_i.py`, written before the round
that reads it changed any code).

First reading, before any code change: right 37, abstained 19, wrong 7 of 63 (see the batch's notes). After an
agent noun and its verb stay two properties where a statement links them ("Every singer sings"), a past fact no
longer answers a present question about itself (`past_states.py`), a rule whose consequent repeats its condition is
read both ways (`restated_conditions.py`), and "All stars are in the sky ... Tom Hanks is a star" re-keyed (one word,
two senses nothing on the page tells apart: valid on any one sense): right 49, abstained 14, wrong 0. After
"Explain." / "Homework 2." / "User:" / "Is that logical?" wrappings, "shall" on a generic subject, a present verb
after a relative clause ("No one who misses training starts the match"), and a rules heading ("Rules of the club:
..."): right 52, abstained 11, wrong 0. After a question asked first ("So is Omar a chef? Every chef ...") and a group
noun as "they" ("If the team wins, they reach the final"): right 54, abstained 9, wrong 0 (RIGHT_FLOOR).

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
BATCH = GRADING.load_batch("everyday_fresh_args_i")
RIGHT_FLOOR = 54


def outcomes() -> list[tuple[str, str]]:
    """Analyze cases first, then solve cases (the order of the batch's figure)."""
    solve_found = GRADING.outcomes(BATCH.SOLVE_I, [], BATCH.OK_EITHER)
    return GRADING.outcomes([], BATCH.ARGS_I, BATCH.OK_EITHER) + solve_found


def test_fresh_arguments_i_get_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_args_i.py: the batch's figure
    GRADING.print_figure(outcomes())
