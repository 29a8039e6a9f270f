"""Fresh everyday batch O (`everyday_fresh_o.py`, written before the round that reads it changed any code).

First sight (commit e920e3b, before any code change for it): right 8, abstained 43, wrong 1 of 52. The wrong one:
"When I was a lad, none of the fishermen could swim. Jed could swim. Was Jed a fisherman?" answered "cannot be
determined", the past "when" clause read as a condition nobody settles; it now abstains (`time_frames.py`). Two
wrong answers of the same kinds turned up nearby while the batch was read and abstain too: "Bessie was one of our
hens" after "All the hens on our farm ..." (`definite_members.py`) and "Lord Ashby died before the storm. The storm
began before midnight." (`event_timelines.py`); and "Is any teacher present?" after "Ann is a teacher. Ann is
present." was "cannot be determined", read as "every teacher" (`indefinite_questions.py`). The abstentions were the
voices again: lead-ins with the teller's name or "I" before a colon ("lol my sis asked me:", "Ms. Ortiz's riddle:",
"Translated from a German riddle book:"; not "Detective Moss reasoned:", since "Ann says:" may open a claim), "sry one more:", shouted headings,
"BRAIN TEASER OF THE WEEK (Grades 3-5):", "Thread:", chat ("hey r u up?", "rn", "omg", "Stuck on this one, TIA."),
tags after the question (", eh?", ", yes or no?", "Now list them"), and readings the grammar lacked: possessive
comparisons ("Nadia's cat is older than Omar's", "whose cat"), "raced", "beat Dev in the race", houses "painted red,
blue and green", "lined up for the bus", "Four cousins sat around a round table: ...", "noted that" / "knew that",
"one is normal, who sometimes lies ...", "a knight (always truthful)", two quantified clauses joined by "and".

After the round: right 23, abstained 29, wrong 0 of 52. Still abstaining: "Old Bessie", "Only the brave", "sat round
the kitchen table at Thanksgiving", "Detective Moss reasoned:", grids with "came in the tin dish", "hold one item", "hides the code" and cities
("are living in Moscow", "In which city lives Kolya?"), lower-case names without commas ("jo nina and ty", "priya
beat dev in the 5k"), "it" for the key, "ur gonna hate me but:", "Mrs. Alvarez's class:" before an open answer,
"There were only three spellers.", "exactly one of the three men", "died before the storm began" (a clause as an
event), "left no prints" / "stands by the window" (two readings), "The detective questioned Odo and Pell.", "ELI5",
"hang in a row on the wall: the duke, ...", a tweet thread's "(1/3)", "trips everyone up:", "A, B, C, D four persons
race", "Yuki's older sister", "the cats of Marie", "at the side of".

Round puzv: right 24 (the floor follows the figure it had reached), abstained 28, wrong 0 of 52.

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
BATCH = GRADING.load_batch("everyday_fresh_o")
RIGHT_FLOOR = 24


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_O_SOLVE, BATCH.ROUND_O_ANALYZE)


def test_batch_o_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_o.py: the batch's figure
    GRADING.print_figure(outcomes())
