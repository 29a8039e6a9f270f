"""Fresh everyday batch K (`everyday_fresh_k.py`, written before the round that reads it changed any code).

First sight (commit 34a2155, before any code change for it): right 22, abstained 20, wrong 0 of 42. The
abstentions: a forum preface ending in "I'm stuck." and a chatty texting preface, "who is the shortest" over a
chain with "shorter than", numbered homework lines ("1. ... 2. ..."), "beat ... in the race" in lowercase, "but
shorter than" in a line-up by height, a bench with bulleted clues, "Clue 1:" lines, a grid with "the kid in the red
shirt", houses painted with colours and people, "exactly one of them is telling the truth" and "only one of them is
lying / telling the truth" among suspects, knights in lowercase, "how many of them are knights", a weekday by
elimination, meetings one per day, appointments ordered by day, "how many ways can 3 people sit in a row", "how
many kids are between".

After the round: right 36, abstained 6, wrong 0 of 42. Now read: typed layout (numbered, bulleted and "Clue n:"
lines, a last question without its mark, "doesnt", remarks built of chatter clauses, "Brain teaser!", "Knights and
knaves again:"), whodunit suspects named apart from the deed ("The suspects are ...", "... were the only ones home",
"A cake went missing ... Who took the cake?", "one of four kids", "Fae took it"), "each make a statement, and
exactly one of them is telling the truth", the middle of a line-up by height, week schedules (one event narrowed
down, events one per day by kind or by owner, "before / after" judged from a Monday and a Sunday start), "how many
ways can 3 people sit in a row". Still abstaining: names typed in lower case ("jack beat kim", "ira says jay is a
knave", "tom una and vi"), "the kid in the red shirt" in a grid, houses declared as "a red one, a green one and a
white one", "How many kids are between Tom and Sue?". A verified wrong answer is never allowed; the floor on right
outcomes is a ratchet (RIGHT_FLOOR)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _grading():
    spec = importlib.util.spec_from_file_location("everyday_grading", Path(__file__).parent / "everyday_grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRADING = _grading()
BATCH = GRADING.load_batch("everyday_fresh_k")
RIGHT_FLOOR = 36


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_K_SOLVE, BATCH.ROUND_K_ANALYZE)


def test_batch_k_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_k.py: the batch's figure
    GRADING.print_figure(outcomes())
