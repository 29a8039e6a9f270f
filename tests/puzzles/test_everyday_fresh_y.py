"""Fresh everyday batch Y (`everyday_fresh_y.py`, written before the round that reads it changed any code).

First sight (commit c0af9c9, before any code change for it): right 33, abstained 36, wrong 2 of 71. Both wrongs were
keys, not answers: "Jack's sister is Emma. Emma's son is Leo. What is Jack to Leo?" answers "aunt or uncle" (names
say nothing of sex, as batch U keys it), and a multiple-choice answer is given without the option's closing stop.
Four wh-questions the facts leave open ("Who is the oldest?" with two people above a third, "How old is Ned?" from a
difference alone) were keyed "cannot be determined"; the family abstains on them with a typed reason (several
answers remain), as batch K keys "What is Mo?", so they are re-keyed as abstentions. With the keys corrected, first
sight is right 39, abstained 32, wrong 0 of 71. The abstentions, by cause: a noun's "'s" for "is" ("Tom's
swimming.", "Lee's shorter than Max.", "If Sue's late,", "school's closed", "the kettle's broken": five cases);
grid rosters with "a car of a different colour", "a different number of siblings (0, 1, 2, 3)" and "painted their
front door a different colour"; a multiple-choice option about a word no statement uses ("Milo is a dog"), the
question put before the facts, and "None of the above"; whodunits whose "Exactly one of them is lying" /"Only one of
them is telling the truth" is not applied to the speakers ("did it", "ate it"); "Suppose all ... and X is a member
of ..."; filler sentences in stories ("It was a sunny Saturday morning.", "The sun was setting over the lake.",
"The café smelled of fresh bread."); "practised more than"; "they aren't the same height"; a question with a
trailing "if" clause; "next to Bree and Cole"; sums of ages; "B says nothing."; a knight/knave/normal roster "one
each"; "exactly one of these statements is true" over numbered statements; "Paul has a son, Sam, and a daughter,
Rose."; days "two days after" and "the day before"; a Monday-to-Friday schedule of named meetings; "Suppose ...
Then ..." as an argument; "the fuse has blown".

After the round: right 49, abstained 22, wrong 0 of 71. Read now: a noun's "'s" where only "is" can stand
(`copula_contractions.py`); whodunit suspects joined by "or" as the deed's subject, "Dan, Eve or Finn took the car."
(`whodunit_cast.py`), and a bare "the cookie" after the deed's "the last cookie" (`deed_question.py`); a
scene-setting sentence the reader reads but that shares nothing with the puzzle, "The sun was setting over the
lake." (`unrelated_remarks.py`); days told with verbs of happening, "The plumber came two days after the
electrician.", and "three days after Ben's" (`order_days.py`); a multiple-choice question asked before its statements
(`choices.py`). Still abstaining: the grid rosters above, the café
story (its remarks share "café" with each other, a word the dictionary lacks), multiple choice with an option about
an unmentioned word or "None of the above", "Someone broke the vase." with no closed
list of suspects, "Suppose ... and X is a member of ...", "practised more than", "they aren't the same height",
"Who is Dan's grandfather if ...", "next to Bree and Cole", the sum of two ages, "B says nothing.", a knight, knave
and normal "one each", numbered statements of which exactly one is true, "Exactly one of the following is true:",
"Paul has a son, Sam, and a daughter, Rose.", a Monday-to-Friday schedule of meetings, "Suppose ... Then ..." as an
argument, "the fuse has blown", and "my cousin Ted is older than me".

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
BATCH = GRADING.load_batch("everyday_fresh_y")
RIGHT_FLOOR = 49


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_Y_SOLVE, BATCH.ROUND_Y_ANALYZE)


def test_batch_y_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_y.py: the batch's figure
    GRADING.print_figure(outcomes())
