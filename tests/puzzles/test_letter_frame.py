"""A puzzle sent as a letter: a greeting ("Hi Ms. Patel,", "Dear tutor,", "Hello!"), a sign-off ("Thanks,\\nJordan",
"Cheers, Dana", "Best, HR") and edit notes ("EDIT: ..."). Before `letter_frame.py` the greeting's and the
signature's names were read as cast, and "EDIT:" as a speaker whose words may be false: "How many solutions ...?
... EDIT: knights always tell the truth, knaves always lie." counted 2 solutions where every assignment tried gives 1.
Properties over fresh puzzles: the framed text gets the bare text's verdict, checked against brute force; a clue that
looks like a frame stays."""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.letter_frame import without_letter_frame

NAMES = ["Oskar", "Priya", "Quentin", "Rania", "Sefa", "Tomas"]
GREETINGS = ["Hi Ms. Patel,\n\n", "Hello! ", "Dear tutor, ", "Hi all,\n", "Hey Sam, ", "Good morning everyone,\n",
             "Team, ", "Hi Mr. Lee, "]
SIGN_OFFS = ["\n\nThanks,\nJordan", " Cheers, Dana", " Best, HR", " Thank you so much!", " Thanks in advance!",
             "\nRegards,\nMina Park", " Thanks for your help!", " Many thanks again."]


@st.composite
def height_chains(draw):
    cast = draw(st.permutations(NAMES).map(lambda p: list(p[:draw(st.integers(3, 4))])))
    clues = [f"{tall} is taller than {short}." for tall, short in zip(cast, cast[1:])]
    clues = draw(st.permutations(clues))
    question, answer = draw(st.sampled_from([("Who is the tallest?", cast[0]), ("Who is the shortest?", cast[-1])]))
    return " ".join([*clues, question]), answer


@given(height_chains(), st.sampled_from(GREETINGS), st.sampled_from(SIGN_OFFS))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_a_letter_around_a_puzzle_changes_nothing(puzzle, greeting, sign_off):
    text, answer = puzzle
    verdict = solve(greeting + text + sign_off)
    assert (verdict.status, verdict.answer) == ("verified", answer), verdict.reason


def _knight_count(closing_names_both: bool) -> int:
    """Knight (True) / knave assignments of A, B, C where A says 'B is a knave', B says 'C is a knave' and C says
    'A and B are both knaves' (or 'A is a knave')."""
    def fits(a: bool, b: bool, c: bool) -> bool:
        said_by_c = (not a and not b) if closing_names_both else not a
        return a == (not b) and b == (not c) and c == said_by_c
    return sum(fits(*kinds) for kinds in product([True, False], repeat=3))


@given(st.permutations(NAMES).map(lambda p: p[:3]), st.booleans(), st.sampled_from(["EDIT", "EDIT 2", "UPDATE"]))
@settings(max_examples=12, deadline=None, derandomize=True)
def test_an_edit_note_is_read_as_the_text_not_as_a_speaker(cast, both, label):
    """Regression: "EDIT: knights always tell the truth, knaves always lie." was a speaker's claim (2 solutions)."""
    a, b, c = cast
    closing = f"{a} and {b} are both knaves" if both else f"{a} is a knave"
    text = (f"How many solutions does this have? {a}, {b} and {c} are each a knight or a knave. {a} says '{b} is a "
            f"knave.' {b} says '{c} is a knave.' {c} says '{closing}.'\n{label}: knights always tell the truth, "
            "knaves always lie. Thanks in advance.")
    expected = _knight_count(both)
    verdict = solve(text)
    if expected:
        assert (verdict.status, verdict.answer) == ("verified", expected), verdict.reason
    else:
        assert verdict.status != "verified"


def test_a_clue_that_looks_like_a_frame_stays():
    for text in ["Hey ann likes bo, and bo likes cy. Does ann like bo?", "Ann is kind. Love is blind.",
                 "Ann is kind. Best, Ann is the tallest.", "Edit: I am a knave. Is Edit a knight?",
                 "Everyone, except Bo, is tall. Is Bo tall?"]:
        assert without_letter_frame(text) == text


def test_the_frame_goes_and_the_puzzle_stays():
    assert without_letter_frame("Hi Ms. Patel,\n\nAnn is tall. Is Ann tall?\n\nThanks,\nJordan") == \
        "Ann is tall. Is Ann tall?"
    assert without_letter_frame("Ann is tall. Is Ann tall?\nEDIT: fixed a typo.") == \
        "Ann is tall. Is Ann tall?\nFixed a typo."


def test_a_subject_line_loses_its_label_and_keeps_its_words():
    text = "Subject: Friday puzzle\n\nHi team,\n\nAnn is tall. Is Ann tall?\n\nCheers,\nDana"
    assert without_letter_frame(text) == "Friday puzzle\n\nAnn is tall. Is Ann tall?"
