"""Fresh everyday batch L (`everyday_fresh_l.py`, written before the round that reads it changed any code).

First sight (commit 34a2155, before any code change for it): right 20, abstained 23, wrong 1 of 44. The wrong one:
"The cake was eaten by someone. Who ate the cake?" answered "no one". The abstentions: nested quantifiers ("Every
student read some book" had a compound-noun second reading; "Did every student read a book?" took "every student
read" for its subject), numbers as individuals ("14 is an even number"), a question typed without its mark, amounts
in comparisons ("5 years older than"; "Bob is 10" after a comma), "taller than everyone else in her class" / "the
tallest in the class", possessive kin plurals ("Ann's brothers are all doctors", "None of Fred's uncles"), agentless
passives ("Was the cake eaten?"), "my cousins", "How many siblings does Ed have?".

After the round: right 40, abstained 4, wrong 0 of 44 (one of the 40 by a corrected key: "How many siblings does Ed
have?" was keyed 2, but Sara may have sisters, so its honest outcome is an abstention). Now read: all of the above
but the last two. Still abstaining: "Does Lee know every student?" after "Every teacher knows some student" (the
object is folded into "knows a student"), "the oldest of the cousins" / "one of the cousins", "All my cousins" (the
speaker's kin), "Is Eva Dora's sister?" (the kinship reading's open answers over siblings abstain). Found
on the way and fixed (wrong verified answers outside the batch): "Every brother of Ann is a doctor. Ben is Ann's
brother." answered "cannot be determined" (a kind "brother of Ann", not the kinship relation), and "Every person in
the class other than Maya is shorter than Maya. Nina is in the class." answered "cannot be determined" of Nina
(now a near miss: nothing says Nina is a person). A verified wrong answer is never allowed; the floor on right
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
BATCH = GRADING.load_batch("everyday_fresh_l")
RIGHT_FLOOR = 41


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_L_SOLVE, BATCH.ROUND_L_ANALYZE, BATCH.OK_EITHER)


def test_batch_l_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_l.py: the batch's figure
    GRADING.print_figure(outcomes())
