"""Remarks after a puzzle's last question ("No phones!", "See you Thursday!", "Answers to the secretary by Friday.")
kept the puzzle from being read: their "no", "you" and dates made `unrelated_remarks` keep them. Properties over
fresh puzzles: with such a remark after the question the verdict is the bare puzzle's; before the question, or with
a count ("There are three of us!", "No one else is taller."), the remark still keeps it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.closing_remarks import closing_mask
from agentlib.puzzles.english.family import solve

NAMES = ["Fi", "Gus", "Hal", "Ivy", "Jon"]
CLOSINGS = ["No phones!", "See you Thursday!", "Answers to the secretary by Friday.", "No calculators, please!",
            "Answers on the back, no peeking!", "All answers to Mr. Lee by Monday."]


@given(st.permutations(NAMES).map(lambda p: p[:3]), st.sampled_from(CLOSINGS), st.booleans())
@settings(max_examples=24, deadline=None, derandomize=True)
def test_a_closing_remark_changes_nothing(cast, closing, tallest):
    a, b, c = cast
    bare = f"{a} is taller than {b}. {b} is taller than {c}. Who is the {'tallest' if tallest else 'shortest'}?"
    verdict = solve(f"{bare} {closing}")
    if "Mr. Lee" in closing:  # a name other than a date's: it may be one more of the cast
        assert verdict.status != "verified"
    else:
        assert (verdict.status, verdict.answer) == ("verified", a if tallest else c), verdict.reason


def test_counting_words_and_the_puzzle_own_you_keep_a_remark():
    assert closing_mask("No one else is taller.", "") == "No one else is taller."
    assert closing_mask("There are three of us!", "") == "There are three of us!"
    assert closing_mask("See you Thursday!", "You meet Ann.") == "See you !"
    assert closing_mask("No phones!", "") == "phones!"


def test_a_speaker_whose_name_is_a_word_is_never_dropped_before_the_colon():
    """Regression (on main before this round): "Zeta says loudly: Kota is a knave." dropped "Zeta says loudly:" as a
    remark ("zeta" is a dictionary word, so no name), and "Is Kota a knave?" came out "yes"."""
    for speaker in ["Zeta", "Rose", "Mark", "Will"]:
        for lead in [f"{speaker} says loudly:", f"{speaker} said quietly:", f"{speaker} claims:"]:
            verdict = solve(f"Each of them is a knight or a knave. {lead} Kota is a knave. Is Kota a knave?")
            assert not (verdict.status == "verified" and verdict.answer == "yes"), (lead, verdict.reason)
