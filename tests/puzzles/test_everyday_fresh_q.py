"""Fresh everyday batch Q (`everyday_fresh_q.py`, written before the round that reads it changed any code).

First sight (commit 467eb75, before any code change for it): right 13, abstained 39, wrong 0 of 52. No wrong answer,
but one of its kind turned up nearby while the batch was read: a label before the opening colon was read as a
speaker whose words may be false, so "Whiteboard: all cats are black. Tom is a cat. Is Tom black?" came out "cannot
be determined" (now read as a label, `label_colons.py`). The abstentions were mostly the voices: puzzle-book labels
and clues numbered on one line ("Puzzle 9 (knights and knaves). Clue 1: ... Clue 2: ...", "Clues: (1) ... (2)
..."), labels before a colon ("Whiteboard:", "Office party seating:", "Our Sunday league:"), a quiz's score after the
question ("(1 pt)"), ordinals in digits ("Who was 2nd?"), questions typed in a statement's order ("Kenji has a
car?", "So it is raining or not?") and "one of four people, Pat, Quin, Rory and Sam, broke the printer".

After the round: right 21, abstained 31, wrong 0 of 52 (`inline_clues.py`, `book_labels.py`, `label_colons.py`,
`digit_ordinals.py`, `declarative_questions.py`, `counted_apposition.py`, `question_tags.py`). Still abstaining:
chatter that shares a word or a first person with the puzzle ("Okay buddy, riddle while we drive.", "no peeking at
your brother!", "At my interview they asked:", "Classic interview one:", "Final scores from game night:"), podcast
transcripts ("[HOST 1]:", "MAYA: ... JON: ...") and a quoted listener's letter, permission "may" ("No student may
park in Lot B"), "with no ties" / "no ties in the standings", "the middle one" and "in the back seat", verbless
clues ("Al taller than Bo."), "iff", abbreviations ("sq.", "rect."), "race results - Eva beat Fin, ...", league
teams as the answer ("Which team is in second place?", "the Whites"), "two places below", "in how many ways ... if
Ava must stand next to Ben", a secret-Santa derangement, "a spy who may do either", "is having", "the more short",
"Nobody of the students", "a player ... the player", "whoever rolls a six", "is playable on the first turn", "last
turn", "at the firm".

Round puzt: right 24, abstained 28, wrong 0 of 52: permission asked with "May ...?" ("No student may park in Lot
B", "Nobody who wears a badge may enter the vault", `permission_may.py`) and verbless clues ("Al taller than Bo.",
`verbless_clues.py`) now read; "a player may build a city only if ..." still abstains (an act there would have to
show the permission).

Round puzv: right 25 (the floor follows the figure it had reached), abstained 27, wrong 0 of 52.

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
BATCH = GRADING.load_batch("everyday_fresh_q")
RIGHT_FLOOR = 25


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_Q_SOLVE, BATCH.ROUND_Q_ANALYZE)


def test_batch_q_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_q.py: the batch's figure
    GRADING.print_figure(outcomes())
