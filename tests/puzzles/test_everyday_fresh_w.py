"""Fresh everyday batch W (`everyday_fresh_w.py`, written before the round that reads it changed any code).

First sight (commit 5638ad5, before any code change for it): right 44, abstained 22, wrong 1 of 67. The one wrong was
a key, not an answer: "if it rains the road gets wet. the road is wet. did it rain?" answers "cannot be determined",
the honest answer (affirming the consequent), where the key had said abstain; the key now says so. The abstentions,
by cause: "whos" and lower-case names in clues ("uma isnt in the middle", "can tweety fly?"); a lower-case question
glued to a quoted speech ('... both knaves.' who is the knight?); a bracketed rule after a roster; "Xi says 'Yo is a
knight'"; "there is smoke" in an iff; "its windy"; "5 people live on different floors of a 5 floor building"; "the
second highest score" where only "scored more than" is said; "exactly two people between" when the cast are kids;
"who won?" / "came 2nd"; "on Jon's right" / "across from"; a grid with dash bullets; "someone ate the cake, it was
Mo, Ned or Ola." and "One of four kids broke the window: Pat, Quin, Rae or Sam."; "my mother's brother's son";
"Zara's dad is Adam's brother"; "5 sweets fewer than" and "how many ... altogether?". Two abstain by design: "Raj is
in my class" does not say Raj is a student, and "her" after three names (names say nothing of sex).

After the round: right 59, abstained 8, wrong 0 of 67. Read now: lower-case repeats of names the text capitalizes
and "whos" (`chat_case.py`, `typed_layout.py`); a lower-case question after a quote (`text.py`); proper-named grid
values in their own sentence (`grid.py`); counts in digits opening a sentence (`digit_counts.py`); a counted cast
the clues name (`unnamed_cast.py`; on the way, a name that is also a word, "Tom", was skipped and a batch-B race
answered wrongly: never now); whodunits in one sentence and lower-case quoted claims (`whodunit_cast.py`); "5
sweets fewer than" and "do they have altogether" (`named_amounts.py`); "its windy"; kin chains (`kin_chains.py`).
Still abstaining: the two by design above, "there is smoke", "the second highest score" from "scored more than"
alone, "There are exactly two people between", a bracketed knights rule after the roster, a quiz's "came 2nd"
beside "scored higher", and a speaker named "Yo" (an interjection).

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
BATCH = GRADING.load_batch("everyday_fresh_w")
RIGHT_FLOOR = 59


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_W_SOLVE, BATCH.ROUND_W_ANALYZE)


def test_batch_w_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_w.py: the batch's figure
    GRADING.print_figure(outcomes())
