"""Fresh everyday batch U (`everyday_fresh_u.py`, written before the round that reads it changed any code).

First sight (commit 5a2e1b9, before any code change for it): right 48, abstained 13, wrong 3 of 64. Two of the
three were keys, not answers: "What is Fay?" answers {"Fay": "knave"} as every other batch keys it, and "What is Rosa
to Tina?" answers "aunt or uncle" (a name says nothing of sex; the grammar does not guess it from "Rosa"); both keys
now say so. The third is a wrong answer: "Only people with a ticket may enter the hall. ... Omar entered the hall. Does
Omar have a ticket?" came out "cannot be determined". The abstentions: "All of Sue's cousins live in Leeds" / "Max is
one of Sue's cousins", "Is the printer out of paper?", "Cora finished after Dev but before Ana.", a six-runner race
with "exactly two runners finished between Mo and Ned, and Mo finished before Ned", "Who got the third highest
score?", "Ada won." in a race, "Who is the oldest?" when two are older than a third (the honest answer "cannot be
determined"), a six-seat round table ("with six evenly spaced seats", "two seats to the left of Max", "Nia sits next
to Kit"), "Dora is the pilot." / "Finn is neither the chef nor the doctor.", "Quin and Rosa are each one or the
other.", "Jo, Kim and Lu are a knight, a knave and a normal, one of each.", "6 fewer marbles than" with "How many
... together?" and "Leo and Mia have 20 stamps between them."

After the round: right 62, abstained 2, wrong 0 of 64. The wrong class: a rule with "may" / "should" beside the act
it governs now abstains where reading the rules as kept changes the answer (`permission_acts.py`; the honest outcome
there, so the ticket case stays an abstention), and so does a bare verb beside its one complemented form ("Max goes"
/ "go to the party", `bare_verbs.py`, found by a probe written beside this batch). A misreading found on the way:
"exactly two runners" was read as a class named "exactly two runner" (never now; the cast's own noun counted is a
count over the cast, `counted_cast.py`). Read now: `no_ties.py`, "one of Sue's cousins", a round table "with six
evenly spaced seats", a grid of proper-named values in brackets with "Where does the doctor live?", "the third
highest score", "Is the printer out of paper?" (a question's subject split), "one of each" after a roster, "each one
or the other", and two counts added. Still abstaining: the ticket case above, and "Who is the oldest?" when two are
older than a third (a who-question left open abstains by design, where "cannot be determined" would also be right).

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
BATCH = GRADING.load_batch("everyday_fresh_u")
RIGHT_FLOOR = 62


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_U_SOLVE, BATCH.ROUND_U_ANALYZE)


def test_batch_u_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_u.py: the batch's figure
    GRADING.print_figure(outcomes())
