"""Fresh everyday arguments and rule questions, batch args n (`everyday_fresh_args_n.py`, written before the round
that reads it changed any code).

First reading, before any code change: right 34, abstained 36, wrong 0 of 70. Abstentions by cause: "most" beyond
one member (a superset, two majorities overlapping, the converse, a chain of two "most") 7; a subject shared by two
verbs after "either" ("We either raise prices or cut costs.") 4; "X in case Y" 4; the passive voice with "by" ("The
report was approved by the board.", in bullets and in a question) 4; "No one who ... ever ..." / "Nobody who ... is
ever ..." 4; a disjunctive predicate after a quantifier ("Every member plays darts or golf.") 3; a question after
the argument ("Is this reasoning sound?", "Is that right?") 3; the conclusion first with no connective ("The park
must be closed. If ...") 3; an unstated premise whose conclusion shares no predicate with the premises ("Rex is a
dog. So Rex barks.") 2; an adjective on the subject noun beside the bare noun ("Every brave soldier ... Finn is a
soldier.") 1; a relational premise with the object a pronoun ("Anyone who trusts Dev lends him money.") 1.

Each argument goes through `analyze` and each question through `solve`: "right" is the expected answer verified
(or an abstention where None is expected; where `OK_EITHER` names a verdict, that verdict verified is right too),
"abstained" an abstention where an answer was expected, "wrong" a verified answer that is not the expected one.
A wrong outcome is never allowed; the floor on right outcomes is a ratchet.

After round 35: right 37, abstained 33, wrong 0 ("Is this reasoning sound?" / "Is that right?" about the whole
argument read as validity questions, `framing.py`); then 41, abstained 29 ("No one who smokes ever runs a
marathon.": "ever" under a negative subject a filler, `words.py`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _grading():
    spec = importlib.util.spec_from_file_location("everyday_grading", Path(__file__).parent / "everyday_grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRADING = _grading()
BATCH = GRADING.load_batch("everyday_fresh_args_n")
RIGHT_FLOOR = 41


def outcomes() -> list[tuple[str, str]]:
    """Analyze cases first, then solve cases (the order of the batch's figure)."""
    solve_found = GRADING.outcomes(BATCH.SOLVE_N, [], BATCH.OK_EITHER)
    return GRADING.outcomes([], BATCH.ARGS_N, BATCH.OK_EITHER) + solve_found


def test_fresh_arguments_n_get_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_args_n.py: the batch's figure
    GRADING.print_figure(outcomes())
