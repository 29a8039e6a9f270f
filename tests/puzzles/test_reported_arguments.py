"""An argument reported whole ("My friend argues that Rex is vaccinated, since every dog in the shelter is vaccinated
and Rex is a dog in the shelter.") and "Check my logic:" before an argument: the frame goes and the argument is
judged (`framing.py`; they abstained, the frame read as a claim). A reported claim without its own inference marker
("My friend says that all birds fly.") stays a report.

Fresh reporters, verbs, names and forms; the expected verdict is the form's."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.argument import _analyze

REPORTERS = ["My friend", "My teacher", "My brother", "My coworker", "My opponent", "My roommate"]
VERBS = ["argues", "argued", "claims", "says", "insists"]
NAMES = ["Rex", "Bella", "Milo", "Luna"]


def _argument(rng: random.Random, name: str) -> tuple[str, str]:
    return rng.choice([
        (f"{name} is vaccinated, since every dog in the shelter is vaccinated and {name} is a dog in the shelter",
         "valid"),
        (f"since every dog in the shelter is vaccinated and {name} is vaccinated, {name} must be a dog in the shelter",
         "invalid"),
        (f"{name} is not a dog in the shelter, since every dog in the shelter is vaccinated and {name} is not "
         "vaccinated", "valid"),
        (f"since every dog in the shelter is vaccinated and {name} is not a dog in the shelter, {name} is not "
         "vaccinated", "invalid"),
    ])


@pytest.mark.parametrize("seed", range(20))
def test_an_argument_reported_whole(seed):
    rng = random.Random(seed)
    argument, expected = _argument(rng, rng.choice(NAMES))
    text = f"{rng.choice(REPORTERS)} {rng.choice(VERBS)} that {argument}." + rng.choice(["", " Is that valid?",
                                                                                       " Is this argument valid?"])
    analysis = _analyze(text)
    assert analysis.status == "verified" and analysis.answer == expected, (text, analysis.answer, analysis.reason)


@pytest.mark.parametrize("seed", range(6))
def test_check_my_logic(seed):
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    text = (f"{rng.choice(['Check my logic:', 'Please check my logic:', 'Evaluate my logic:'])} if {name} barks, "
            f"the baby wakes. {name} barks. So the baby wakes.")
    analysis = _analyze(text)
    assert analysis.status == "verified" and analysis.answer == "valid", (text, analysis.reason)


def test_a_reported_claim_without_its_own_marker_stays_a_report():
    analysis = _analyze("My friend says that all birds fly. Tweety is a bird. So Tweety flies.")
    assert analysis.status != "verified" or analysis.answer == "valid"
