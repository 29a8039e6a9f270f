"""Fresh everyday arguments and rule questions, batch args j (`everyday_fresh_args_j.py`, written before the round
that reads it changed any code).

First reading, before any code change: right 39, abstained 21, wrong 3 of 63 (see the batch's notes). After a
transcript's speaker labels are taken off ("Agent: ...", `speaker_turns.py`), the two equivocations re-keyed (read
literally they are invalid, the textbook's verdict), and bare plurals said only of their kinds read as propositions
("If roads are icy, drivers slow down. Drivers do not slow down. So roads are not icy.", `generic_propositions.py`):
right 43, abstained 20, wrong 0. After an empty "it" said again ("So it's a weekday"), an exam's form question and
lettered options, a conclusion's confirmation tag ("..., right?"), "doesnt" in `analyze`, "Does it follow that X?"
asked first, permission "may" as its own predicate, a comma-less condition's bare verb asked ("if the dog barks the
baby wakes up ... did the dog bark?"), and "it" for "your package": right 52, abstained 11, wrong 0 (RIGHT_FLOOR).
Still abstaining: "Isn't it true that ...?" as a premise, "You said that ..." (granted or reported), "Refunds are
issued" against "I get a refund", "the patient" after "a patient", "if jake texts me back", "All staff except
contractors", "Only players who attend every practice" (two readings), "Wake up people.", "a sauce made with flour",
"a fever but no cough", "No one under 18".

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
BATCH = GRADING.load_batch("everyday_fresh_args_j")
RIGHT_FLOOR = 52


def outcomes() -> list[tuple[str, str]]:
    """Analyze cases first, then solve cases (the order of the batch's figure)."""
    solve_found = GRADING.outcomes(BATCH.SOLVE_J, [], BATCH.OK_EITHER)
    return GRADING.outcomes([], BATCH.ARGS_J, BATCH.OK_EITHER) + solve_found


def test_fresh_arguments_j_get_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_args_j.py: the batch's figure
    GRADING.print_figure(outcomes())
