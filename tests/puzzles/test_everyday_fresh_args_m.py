"""Fresh everyday arguments and rule questions, batch args m (`everyday_fresh_args_m.py`, written before the round
that reads it changed any code).

First reading, before any code change: right 56, abstained 15, wrong 1 of 72; the wrong one re-keyed ("Rich people
are happy. Max has a lot of money. So Max is happy.": "invalid" is honest, a generic tolerates exceptions): right 57,
abstained 15, wrong 0. Abstentions by cause (see the batch's notes): a frame around the argument ("My friend argues
that", "Is this reasoning sound?", "Check my logic:", "Is that right?") 4; "without ..., no one / nobody ..." 2;
"most" beyond one member or "some" 3; bullets 1; a conditional reason after "because" 1; a bare plural premise
under "every" 1; "in case" 1; a subject shared by two verbs after "either" 1; an adjective on the subject noun 1.

Each argument goes through `analyze` and each question through `solve`: "right" is the expected answer verified
(or an abstention where None is expected; where `OK_EITHER` names a verdict, that verdict verified is right too),
"abstained" an abstention where an answer was expected, "wrong" a verified answer that is not the expected one.
A wrong outcome is never allowed; the floor on right outcomes is a ratchet.

After the coordinator's merge of round 34: right 59, abstained 13, wrong 0 ("My friend argues that X, since Y" and
"Check my logic:" read as frames, `framing.py`); then 61, abstained 11 ("Without a ticket, no one gets in.",
`without_phrases.py`); then 63, abstained 9 (round 35: "Is this reasoning sound?" and "Is that right?" as
validity questions, `framing.py`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _grading():
    spec = importlib.util.spec_from_file_location("everyday_grading", Path(__file__).parent / "everyday_grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRADING = _grading()
BATCH = GRADING.load_batch("everyday_fresh_args_m")
RIGHT_FLOOR = 63


def outcomes() -> list[tuple[str, str]]:
    """Analyze cases first, then solve cases (the order of the batch's figure)."""
    solve_found = GRADING.outcomes(BATCH.SOLVE_M, [], BATCH.OK_EITHER)
    return GRADING.outcomes([], BATCH.ARGS_M, BATCH.OK_EITHER) + solve_found


def test_fresh_arguments_m_get_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_args_m.py: the batch's figure
    GRADING.print_figure(outcomes())
