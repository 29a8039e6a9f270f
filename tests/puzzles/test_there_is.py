"""A fact about the scene said with "there": "If the alarm goes off, there is a fire. There is no fire. So the alarm
did not go off.", "There are puddles", "There wasn't a storm", "Is there a fire?". Each is one proposition of its
own; fresh conditionals over such facts and people's acts, in every form, keep the verdict of their truth table.
Before, every "there is" sentence was "not understood". "There is a liar among them" (about the cast) is not read
so."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

# (affirmed, denied) wordings of one fact each
FACTS = [("there is a fire", "there is no fire"), ("there was a storm", "there was no storm"),
         ("there are puddles on the road", "there are no puddles on the road"),
         ("there is milk in the fridge", "there isn't any milk in the fridge"),
         ("the alarm goes off", "the alarm does not go off"), ("Ann stays home", "Ann does not stay home"),
         ("the game is cancelled", "the game is not cancelled")]
FORMS = {"modus ponens": (True, True), "modus tollens": (False, False), "affirming the consequent": (False, True),
         "denying the antecedent": (True, False)}


def _valid(about_condition: bool, affirmed: bool) -> bool:
    for c, r in itertools.product([False, True], repeat=2):
        fact = (c if about_condition else r) == affirmed
        goal = (r if about_condition else c) == affirmed
        if (not c or r) and fact and not goal:
            return False
    return True


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


@pytest.mark.parametrize("seed", range(20))
def test_there_is_in_every_argument_form(seed):
    rng = random.Random(seed)
    (c_yes, c_no), (r_yes, r_no) = rng.sample(FACTS, 2)
    if not any(x.startswith("there") for x in (c_yes, r_yes)):
        (r_yes, r_no) = rng.choice(FACTS[:4])
        if r_yes == c_yes:
            return
    about_condition, affirmed = FORMS[rng.choice(sorted(FORMS))]
    fact = (c_yes if affirmed else c_no) if about_condition else (r_yes if affirmed else r_no)
    goal = (r_yes if affirmed else r_no) if about_condition else (c_yes if affirmed else c_no)
    text = f"If {c_yes}, {r_yes}. {_cap(fact)}. So {goal}."
    analysis = _analyze(text)
    assert (analysis.status, analysis.answer) == ("verified", "valid" if _valid(about_condition, affirmed)
                                                  else "invalid"), text


def test_is_there_asks_the_fact():
    verdict = solve("If the alarm rings, there is a fire. The alarm rang. Is there a fire?").to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", "yes")
    verdict = solve("If there is a storm, the ferry stops. The ferry did not stop. Was there a storm?").to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", "no")


def test_there_is_about_the_cast_is_not_a_bare_fact():
    verdict = solve("A says B is a knave. B says A is a knave. There is a liar among them. Who is the liar?")
    assert verdict.to_dict()["status"] != "verified"
