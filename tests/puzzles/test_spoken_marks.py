"""A dictated puzzle, its marks spoken as words ("... vaccinated period milo is ... question mark"), read as the
typed puzzle; a text with marks of its own keeps the words ("the period of ...")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.spoken_marks import written_marks

NAMES = ["milo", "rosa", "theo", "wren"]
GROUPS = [("cats in the shelter", "a cat in the shelter", "vaccinated"), ("ducks at the pond", "a duck at the pond",
                                                                            "hungry")]


@given(st.sampled_from(NAMES), st.sampled_from(GROUPS), st.booleans(), st.sampled_from(["period", "full stop"]))
@settings(max_examples=16, deadline=None, derandomize=True)
def test_a_dictated_syllogism_reads_as_typed(name, group, member, stop):
    plural, single, adjective = group
    fact = f"{name} is {single}" if member else f"{name} is not {single}"
    text = f"okay here's one colon all the {plural} are {adjective} {stop} {fact} {stop} is {name} {adjective} " \
           "question mark"
    typed = f"okay here's one: all the {plural} are {adjective}. {fact}. is {name} {adjective}?"
    dictated, written = solve(text), solve(typed)
    assert (dictated.status, dictated.answer) == (written.status, written.answer)
    if member:
        assert (dictated.status, dictated.answer) == ("verified", "yes")


def test_marks_of_its_own_keep_the_words():
    for text in ["The period of the pendulum is long. Is it a comma question mark", "ann is tall period"]:
        assert written_marks(text) == text
