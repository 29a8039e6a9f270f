"""Fresh everyday batch P (`everyday_fresh_p.py`, written after the round's code for its constructions, in voices
that code was not written against).

At the previous head (main before the round): right 2, abstained 26, wrong 3 of 31. The three wrong were the "a
key" / "the key" class: "Ann has a key. Does Ann have the key?" and "if it rains, lu takes an umbrella ... does lu
take the umbrella?" were a verified "yes", and "Ann has a key. So Ann has the key." a verified "valid" (both articles
one symbol; if "the key" is a specific key, neither follows). The rest abstained on object relative clauses ("Every
dog I know", "Everyone Bo likes", "No song that Lena sings"), speeches with the verb phrase left out ("Uma says he
isn't", "Sam says she didn't"), possessives with the noun left out ("faster than Jas's"), "Whose / Which dog is the
lightest?" over owned things, and rows of things listed by colour ("painted red, blue and green", "a red one").

After the round: right 23, abstained 8, wrong 0 of 31. Now read: object relative clauses with and without "that"
(`Grammar._object_relative`), a definite object meeting the clause's relation ("Mia cooks the soup"), elided speeches
answered where their consistent readings agree (`speech_ellipsis.py`), the left-out noun after a possessive or an
adjective (`noun_ellipsis.py`), owned things as the choices of "which" / "whose", listed things as the cast of a row
(`scene.py`), owners kept out of the row their things are placed in ("Whose birthday is first?"); "a key" against
"the key" abstains where the readings differ (`definite_objects.py`). Still abstaining:
remarks that share the speaker with the puzzle ("helping my son ...", "My daughter's worksheet:") or a word ("Next
question!", "Saw this on a forum and can't settle it"), "For 100 points:" glued to a clue, lower-case owners
("ann's car"), "Everyone my brother invite", and "but newer than Kim's" (a verb phrase elided after "but").

At the end of round 29 the coordinator read "the K" after "a K" as referring back (the everyday "If it rains, Lu
takes an umbrella ... Does Lu take the umbrella?" had become an abstention) and re-keyed the three a / the cases to
that reading: right 24, abstained 7, wrong 0.

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
BATCH = GRADING.load_batch("everyday_fresh_p")
RIGHT_FLOOR = 24


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.ROUND_P_SOLVE, BATCH.ROUND_P_ANALYZE)


def test_batch_p_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_p.py: the batch's figure
    GRADING.print_figure(outcomes())
