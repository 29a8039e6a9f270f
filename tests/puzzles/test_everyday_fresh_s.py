"""Fresh everyday batch S (`everyday_fresh_s.py`, written before the round that reads it changed any code).

First sight (commit 23f8ac9, before any code change for it): right 12, abstained 35, wrong 4 of 51. The wrong
answers: a parent's reported rule in a sibling argument ("Mum said that either Tom or Ella walks the dog tonight, but
not both.", "Mum said Zoe is older than Max and Max is older than Ivy.") was read as a speaker's claim that may be
false, so the question came out "cannot be determined"; "Me and my brother ... we" was read as Me and Mum; and a
knights count ("How many solutions does this have? ... Xia says 'Yul is a knave.' ...") answered 2 where every
assignment tried gives 1. The abstentions were mostly the voices: greetings and sign-offs of an email ("Hi Ms.
Patel,", "Thanks, Jordan", "Cheers, Dana", "Best, HR"), "I'm stuck on this one:", headings ("LOGIC CORNER - Quickie.",
"ROUND 5 - BRAIN BOX (2 points each)", "Exercise 4. Read the text. Answer the question."), remarks after the question
("Turn the page for the answer!", "No phones!", "Congratulations to all players!", "EDIT: ..."), dictated text with
no punctuation ("... question mark") and times of day ("left at 10:30pm", "gets up at 6:45").

After the round: right 23, abstained 28, wrong 0 of 51 (`unweighed_speeches.py` for the wrong class: an open answer
that believing an unweighed speaker would settle abstains; `letter_frame.py`, `spoken_marks.py`, `clock_times.py`,
`middle_one.py`, `line_positions.py`, `closing_remarks.py`, title-case headings, "Then answer the question.", "Mum
said ..." as a rule, "born in different years"). Still abstaining: "Mum said" with a fact or a rule about "we" (now
an honest abstention: believe Mum or not), "sorry to bother you again.", headings with a non-dictionary word or a
weekday ("LOGIC CORNER - Quickie.", "Ribbit riddle!", "Friday team-building puzzle", "Logic Corner, No. 214."),
"Can you help Benny Bear?", "Why is the answer 'cannot be determined'?" before the puzzle, "B says nothing.",
remarks that share a stem with the puzzle ("Congratulations to all players!" beside "played", "Help with a seating
puzzle" beside "sit"), dictation with no spoken marks between sentences, "gets up at 7:15", "ranked above", "Who
came last?" after "faster than" (ties are allowed on that scale), "golfer", "CRM", "ate the last slice of cake"
asked as "ate the last slice", a round table after "at our club dinner", "six players, ..., no ties", and "may do
either" for normals.

Round puzv: right 31, abstained 20, wrong 0 of 51: chatter that asserts nothing ("sorry to bother you again.",
"Can you help Benny Bear?", "Ribbit riddle!", "Friday team-building puzzle", "Congratulations to all players!",
"Read and answer.", `expressives.py`) and a race told by speeds asked by places ("Who came last?",
`race_speed.py`).

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
BATCH = GRADING.load_batch("everyday_fresh_s")
RIGHT_FLOOR = 31


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_S_SOLVE, BATCH.ROUND_S_ANALYZE)


def test_batch_s_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_s.py: the batch's figure
    GRADING.print_figure(outcomes())
