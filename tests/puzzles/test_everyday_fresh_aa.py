"""Fresh everyday batch AA (`everyday_fresh_aa.py`, written before the round that reads it changed any code).

First sight (commit b3ab630, before any code change for it): right 25, abstained 45, wrong 2 of 72. Both wrongs were
keys, not answers: a name typed in lowercase ("whos the shortest" over "fred") is answered capitalised, "Fred", so
the four lowercase keys are written capitalised. Two sibling counts keyed from the names' sex ("Tom has two sisters.
Each sister has one brother." as 3 children; "Sally has three brothers. Each brother has two sisters." as 5) are
re-keyed as abstentions, since a name says nothing of sex here (batches U and Y): Tom could be a girl (4), Sally a
boy (6). With the keys corrected, first sight is right 29, abstained 43, wrong 0 of 72. The abstentions, by cause:
- ages with numbers: "X is 8, and his sister Y is three years younger than him", "Together X and Y are 40 years
  old", "How many years older is X than Y?", "What is the sum of their ages?" / "their total age", "In three years,
  X will be 20", "Her mum is three times her age", "The ages of X and Y add up to 25", "Is X older than 14?", "4 yrs
  older", "His son is younger than him" (eleven cases);
- counting brothers and sisters: "How many children are in her family?";
- tables: "sits across from", "Their friend Pam takes the last seat, opposite Ned.", "Zed sits in the remaining
  seat." and "a square card table" (three cases);
- days: "Eli's birthday is tomorrow. Today is Monday.", "If the day after tomorrow is Friday, is today Thursday?";
- "next to the doctor, on the right" beside "Cy is the teacher" (a role said of a name and of "the teacher"), and
  "Gil lives next to the doctor, on the left." with houses numbered 1 to 4;
- grids: ages as an attribute ("are 30, 40 and 50 years old") with "The dog owner is older than Ed."; "a different
  favourite fruit (apple, banana, cherry)"; languages listed between dashes, "- Italian, Dutch or Greek - one each";
- one-way relations: "Ann likes Bo. Does Bo like Ann?" abstains (no statement says it) where the honest answer is
  "cannot be determined"; "Omar loves everyone who loves him" ("him" is read as ambiguous);
- schedules: "each present on a different day, Monday to Thursday", "give talks at 9, 10 and 11 o'clock", "each
  have one lesson, on Monday, Wednesday or Friday", "There are four time slots: first, second, ..." and "Ola, Pat
  and Ros present on Monday, Tuesday and Wednesday, one each." (five cases);
- ties: "tied for first", "tied in the race", "ran as fast as", and "Who scored the most?" beside "got the same
  score" (four cases);
- liars and signs: "Exactly one of the signs on the boxes is true." with boxes that speak, "at most one of them is
  lying", and "exactly two of them are telling the truth";
- chat rows: "alice sits left of bob and bob sits left of carol. theyre in a row of three." and "kim is right next
  to lee, on lee's left";
- stories: "arrived one after another" with filler, "lined up in a row for a photo", "three animals ... named Bess,
  Duke and Flora (not in that order)", "Who drew the most pictures?" (read as a count of pictures no one is named
  for);
- near-misses keyed "cannot be determined" that abstain: "Every member of the choir sings. Liam sings. Is Liam in
  the choir?" and "Mo has a brother. Does Mo have a sister?".

After the round: right 30, abstained 42, wrong 0 of 72. Read now: "How many children are in her family?" /
"are there in his family" as the family total, the pronoun saying the named child's sex (`kin_count.py`). The round
was cut short (its session started late), so every other cause above still abstains.

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
BATCH = GRADING.load_batch("everyday_fresh_aa")
RIGHT_FLOOR = 30


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_AA_SOLVE, BATCH.ROUND_AA_ANALYZE)


def test_batch_aa_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_aa.py: the batch's figure
    GRADING.print_figure(outcomes())
