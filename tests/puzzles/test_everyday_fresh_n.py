"""Fresh everyday batch N (`everyday_fresh_n.py`, written before the round that reads it changed any code).

First sight (before any code change for it): right 5, abstained 46, wrong 0 of 51 (two keys for "What is X?" were
first written "knave" / "knight" and are the project's form {"Ada": "knave"} / {"Sue": "knight"}, as in batch I; both
cases abstained at first sight). The voices themselves were the main gap: a remark before the puzzle that says nothing
about it ("Puzzle 12.", "Lesson 6 practice.", "Long day, brain fried.", "It's 11pm and I'm still doing fourth grade
logic.", "Worksheet 4 - Logic / Name: ____", "quick q:", "lol settle this:", "Clue A:") or an instruction after it
("Circle yes or no.", "Show your work.", "Read each clue carefully and answer the question.") made 24 texts abstain
that read alone. The rest: a quiz host's capitals ("Welcome back to Brain Busters!"), "may" in "may go on the trip"
and "(may say anything)", lower-case names inside quotes and after "neither", "Is true that", "If ..., can we
conclude ...?", "what happens first?", the pronoun "it" in "did the parrot eat it", typos ("taler then", "r",
"theres"), "more older", "I have 20 years", grids with "drives the white car" and colour adjectives as houses,
"Who sits next to both ...?", "numbered 1 to 4" after the cast, "In how many ways ... if ...".

After the round: right 28, abstained 23, wrong 0 of 51. Now read: remarks that share no word with the puzzle and
instructions to the solver drop when the text as typed abstains, and that reading stands only for an entailed answer
or the one model (`unrelated_remarks.py`, `instructions.py`); a chat sentence ends at an emoji; lower-case names
after "says" and joined to a name by "nor" / "or"; "ok so", "wait", "hmm" opening a sentence; "Is true that";
"Who sits next to both X and Y?" at a round table. The interview's "can we conclude that some bloggers are
editors?" reads as "no" once its lead drops, but that is an open answer (it does not follow), which a dropped remark
could have settled, so it abstains. Still abstaining: the quiz host's capitals and "For 200 points:", "Contestants,
your next question.", "may" of permission, "served hot unless", the generic "you ... only if you are tall enough",
the list question first with a colon, events with "happens first" / "is after", typos, "more older" and "I have 20
years", "numbered 1 to 4 from left to right" after a cast, grids with "drives the white car" / houses named by
colour, spies who "may say anything", "In how many ways ... if ...", speech typed as "Mia: 'It was Ned.'", the
Discord grid ("hates poker"), "ate it" joined to the sentence that names the cake, and the lower-case seats and
houses ("theres", "amy bob cal dee").

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
BATCH = GRADING.load_batch("everyday_fresh_n")
RIGHT_FLOOR = 28


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_N_SOLVE, BATCH.ROUND_N_ANALYZE)


def test_batch_n_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_n.py: the batch's figure
    GRADING.print_figure(outcomes())
