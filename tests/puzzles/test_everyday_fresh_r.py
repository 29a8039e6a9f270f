"""Fresh everyday batch R (`everyday_fresh_r.py`, written with the round's code for its constructions, in voices
that code was not written against).

At the previous head (main before the round): right 6, abstained 19, wrong 0 of 25. The abstentions were the round's
constructions: superlatives over a named group ("Who is the youngest brother?", "Which of the sisters is tallest?",
"the middle brother"), a thing hidden in listed containers ("There are three boxes: red, blue and green."), places as
grid values ("New York, Paris and Rome" read as a second cast), owners named by a common noun or a lower-case word
("the baker's dog", "lee's"), and "Everyone my brother invites".

After the round: right 23, abstained 2, wrong 0 of 25. Now read: `group_ranks.py`, `hidden_object.py`,
`grid._proper_values`, `possessive_comparisons._owner`, `Grammar._clause_subject_at`. Still abstaining: a remark
with a pronoun that may point into the puzzle ("helping my son with his homework."), and "Ona is their sister" (the
group's "their").

A verified wrong answer is never allowed; the floor on right outcomes is a ratchet (RIGHT_FLOOR)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _grading():
    spec = importlib.util.spec_from_file_location("everyday_grading", Path(__file__).parent / "everyday_grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRADING = _grading()
BATCH = GRADING.load_batch("everyday_fresh_r")
RIGHT_FLOOR = 23


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_R_SOLVE, BATCH.ROUND_R_ANALYZE)


def test_batch_r_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_r.py: the batch's figure
    GRADING.print_figure(outcomes())
