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
