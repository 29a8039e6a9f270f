"""Fresh everyday arguments and rule questions, batch args k (`everyday_fresh_args_k.py`, written before the round
that reads it changed any code).

First reading, before any code change: right 32, abstained 29, wrong 2 of 63 (see the batch's notes). After a bare
generic is read as tolerating exceptions (`generic_exceptions.py`: "Cats purr. So every cat purrs." and "Birds sing.
Is it true that every bird sings?" abstain) and "Every toddler in our playgroup ..." re-keyed: right 36, abstained
27, wrong 0. After a document's headings are taken off (`document_headings.py`: "Section 4.2:", "Review by Kim:",
"MEMO. Re: Smith lease.", "To the editor:", "Honorable judges,", "My opponent's argument runs:", "Symbolize and test
for validity:") and a turn's assent ("GUEST: Exactly.") is read as chatter: right 47, abstained 16, wrong 0. After
reasons after a conclusion are marked by the conjunction "for" (", for he leaves late") and a question answered yes
with its reasons ("Is X? It must be, because ...") concludes the question: right 48, abstained 15, wrong 0. After a
place named after a verb of going ("he moves to Spain") is read: right 49, abstained 14, wrong 0.

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
BATCH = GRADING.load_batch("everyday_fresh_args_k")
RIGHT_FLOOR = 49


def outcomes() -> list[tuple[str, str]]:
    """Analyze cases first, then solve cases (the order of the batch's figure)."""
    solve_found = GRADING.outcomes(BATCH.SOLVE_K, [], BATCH.OK_EITHER)
    return GRADING.outcomes([], BATCH.ARGS_K, BATCH.OK_EITHER) + solve_found


def test_fresh_arguments_k_get_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_args_k.py: the batch's figure
    GRADING.print_figure(outcomes())
