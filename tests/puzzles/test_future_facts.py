"""A fact said in the future asked about now, or in the present asked about before (`past_states.py`): "Ann will
be a doctor. Is Ann a doctor?" was verified "yes", though what will hold need not hold yet. Fresh people and
predicates: asked now it is never settled by the future fact, asked in the future it is, and a rule's "will" still
carries modus ponens.
"""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

PEOPLE = ["Ann", "Kofi", "Lena", "Ravi", "Tess", "Yusuf"]
# (future, denied future, asked now, asked in the future)
STATES = [("will be a doctor", "will not be a doctor", "Is {n} a doctor?", "Will {n} be a doctor?"),
          ("will win the race", "will not win the race", "Does {n} win the race?", "Will {n} win the race?"),
          ("will be rich", "won't be rich", "Is {n} rich?", "Will {n} be rich?"),
          ("will move to Oslo", "will not move to Oslo", "Does {n} move to Oslo?", "Will {n} move to Oslo?")]


@pytest.mark.parametrize("seed", range(8))
def test_a_future_fact_does_not_answer_a_question_about_now(seed):
    rng = random.Random(seed)
    name, (future, denied, now, later) = rng.choice(PEOPLE), rng.choice(STATES)
    for fact in (future, denied):
        asked_now = solve(f"{name} {fact}. {now.format(n=name)}")
        assert asked_now.status != "verified", (fact, now)
    asked_later = solve(f"{name} {future}. {later.format(n=name)}")
    assert (asked_later.status, asked_later.answer) == ("verified", "yes")


def test_a_rules_will_still_carries_modus_ponens():
    verdict = solve("If it rains, the game will be cancelled. It rains. Is the game cancelled?")
    assert (verdict.status, verdict.answer) == ("verified", "yes")


PRESENT = [("is a doctor", "Was {n} a doctor?"), ("is angry", "Was {n} angry?"), ("has a dog", "Did {n} have a dog?"),
           ("lives in Oslo", "Did {n} live in Oslo?")]


@pytest.mark.parametrize("seed", range(6))
def test_a_present_fact_does_not_answer_a_question_about_before(seed):
    """ "Ann is a doctor. So Ann was a doctor." was verified "valid": what holds now need not have held then."""
    rng = random.Random(seed)
    name, (fact, before) = rng.choice(PEOPLE), rng.choice(PRESENT)
    assert solve(f"{name} {fact}. {before.format(n=name)}").status != "verified"
    past = fact.replace("is ", "was ").replace("has ", "had ").replace("lives ", "lived ")
    again = solve(f"{name} {past}. {before.format(n=name)}")
    assert (again.status, again.answer) == ("verified", "yes")
