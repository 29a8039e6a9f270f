"""Everyday chat batch (`everyday_chat.py`, written before any code change for it).

First sight (before any code change for it): right 33, abstained 8, wrong 9 of 50; all nine wrongs were keys, not
answers: a lowercase name is answered capitalised ("alice" -> "Alice"), a knight's kind is a mapping ({"Zed":
"knave"}), "did it rain" after affirming the consequent and "Can Pingu fly?" with the penguin never said to be a bird
are understood and left open ("cannot be determined", not an abstention), and "Ann is no taller than Ben. Who is
taller?" reads "no" as "not" and the question presupposes one of them is taller (as "not taller" is read). With the
keys corrected: right 42, abstained 8, wrong 0 of 50. Read right already: lowercase names, greetings and thanks,
"hey can u", "pls help" with emoji, "??", "- " and "1." lists, "**Puzzle**:" and "Q:" labels, `code` names, blank
lines and a sentence broken mid-line, the question before the facts, curly and straight quotes in knights.
The abstentions, by cause: "r" for "are" (four: "all cats r mammals", "what r A and B?", two arguments); "older then
Joe" for "than"; an argument after "hey is this valid??", after a "**Argument:**" label, and one ending "?" after
"Q:".
Round 37 (chat, second batch): right 49, abstained 1, wrong 0; "hey is this valid??" (an opener and a doubled mark
before the validity question) is read. Still abstaining: "Q: ... So some teachers are rich?" (a conclusion asked).

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
BATCH = GRADING.load_batch("everyday_chat")
RIGHT_FLOOR = 49


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.CHAT_SOLVE, BATCH.CHAT_ANALYZE)


def test_chat_batch_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_chat.py: the batch's figure
    GRADING.print_figure(outcomes())
