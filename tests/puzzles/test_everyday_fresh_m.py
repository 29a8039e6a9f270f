"""Fresh everyday batch M (`everyday_fresh_m.py`, written before the round that reads it changed any code).

First sight (before any code change for it): right 19, abstained 15, wrong 1 of 35. The wrong one: "Nobody who is
honest lies. Tim doesn't lie. Is Tim honest?" answered "yes" (the truth-teller vocabulary read "honest" and "lies"
as one property and its negation, so the stated rule said nothing and "doesn't lie" settled "honest"). The
abstentions: "All zips are zaps. Some zaps are zops." (an open "some" question), a kin chain typed with letters and
colons ("A is B's sister, B is C's brother, C is D's father: how is A related to D?"), the first person with "my
brother" / "our cousin", "exactly two of these three statements are true", days told from today in lower case or
"Two days ago it was Friday", "if it's not raining, I walk; today I didn't walk", "only when" (both directions),
"more marbles than Bob but fewer than Cy", and every case with names typed in lower case.

After the round: right 29, abstained 6, wrong 0 of 35 (one of the 29 by a corrected key: "who is the youngest?" was
keyed "olly", and a name is answered with its capital, "Olly"). Now read: names in lower case in a text with no
capital, "only when", "If A, B; C" (the semicolon ends the conditional), "Two days ago it was Friday", a statement
and its day question joined by a comma, facts and a question in one sentence ("..., am I older than our cousin?").
The wrong one now abstains: the truth-teller words make "Nobody who is honest lies" say nothing, and read apart the
answer differs. Still abstaining: "All zips are zaps" (nonsense plurals that are also verbs), the letters-as-people
kin chain, "exactly two of these three statements are true", "more marbles than Bob but fewer than Cy" (the elided
noun), "all of my friends" / "ron is my friend", and the honest-lies case itself. Found on the way and fixed (a
wrong verified answer outside the batch): "Ann has more marbles than Bob but fewer than Cy. Does Cy have more marbles
than Bob?" answered "cannot be determined" ("fewer than Cy" lost its verb and counted noun); now "yes". With the noun
said twice ("... and fewer marbles than Cy") it was also wrong and now abstains (two readings).

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
BATCH = GRADING.load_batch("everyday_fresh_m")
RIGHT_FLOOR = 29


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_M_SOLVE, BATCH.ROUND_M_ANALYZE)


def test_batch_m_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_m.py: the batch's figure
    GRADING.print_figure(outcomes())
