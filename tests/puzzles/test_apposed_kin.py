""""Ann's brother Bob lives in Rome": a name in apposition to a possessive kin noun is that kin, and the rest of the
sentence is said of the name (`named_kin.py`); fresh names, checked through `solve`."""

from __future__ import annotations

import pytest

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.named_kin import unfold_named_kin


def test_apposed_kin_is_said_apart_from_what_follows():
    assert unfold_named_kin("Tarek's aunt Wilma plays chess.") == ["Wilma is Tarek's aunt.", "Wilma plays chess."]
    assert unfold_named_kin("Tarek's aunt, Wilma, has a son named Olo.") == ["Wilma is Tarek's aunt.",
                                                                             "Olo is Wilma's son."]


def test_a_conjunction_after_the_name_or_a_noun_that_is_no_kin_stays_as_written():
    assert unfold_named_kin("Tarek's aunt Wilma and Olo sing.") == ["Tarek's aunt Wilma and Olo sing."]
    assert unfold_named_kin("Tarek's dog Rex barks.") == ["Tarek's dog Rex barks."]


@pytest.mark.parametrize("text, answer", [
    ("Borja's sister Cielo has a son named Dario. What is Dario to Borja?", "nephew"),
    ("Esme's husband Fodil has a brother, Gunnar. What is Gunnar to Esme?", "brother-in-law"),
    ("Hilde's father Ivo has a mother named Jutta. What is Jutta to Hilde?", "grandmother"),
])
def test_kinship_through_an_apposed_kin(text, answer):
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == answer, verdict.reason
