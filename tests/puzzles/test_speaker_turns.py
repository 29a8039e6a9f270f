"""Arguments typed as a transcript (`speaker_turns`): "Agent: If your order has shipped, you have a tracking
number. ..." was verified "invalid" (the label read as a speaker whose words may be false). Fresh arguments with
speakers' labels before their turns are checked against the truth table of the argument without them; turns that
contradict each other are no argument to judge."""

from __future__ import annotations

import random

import pytest

import agentlib

SPEAKERS = ["Agent", "Counsel", "Coach", "Host", "Nurse", "Witness", "Ann", "Dev"]
CLAUSES = [("the order ships", "the order does not ship"), ("the tracking number works", "the tracking number does "
           "not work"), ("the alarm rings", "the alarm does not ring"), ("the guard is awake", "the guard is not "
           "awake"), ("the gate is open", "the gate is not open"), ("Mo is late", "Mo is not late")]
# (second premise is the condition?, said or denied, conclusion is the result?, said or denied) -> valid
FORMS = {"modus ponens": (True, True, True, True, True), "modus tollens": (False, False, False, False, True),
         "affirming the consequent": (False, True, False, True, False),
         "denying the antecedent": (True, False, True, False, False)}


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


@pytest.mark.parametrize("seed", range(12))
def test_labelled_turns_are_the_argument_they_state(seed):
    rng = random.Random(seed)
    condition, result = rng.sample(CLAUSES, 2)
    form = rng.choice(sorted(FORMS))
    fact_is_condition, fact_said, _, goal_said, valid = FORMS[form]
    fact = (condition if fact_is_condition else result)[0 if fact_said else 1]
    goal = (result if fact_is_condition else condition)[0 if goal_said else 1]
    first, second = rng.sample(SPEAKERS, 2)
    turns = rng.choice([(first, first, first), (first, second, first), (first, "", "")])
    sentences = [f"If {condition[0]}, {result[0]}.", f"{_cap(fact)}.", f"So {goal}."]
    text = " ".join(f"{who}: {s}" if who else s for who, s in zip(turns, sentences))
    verdict = agentlib.analyze(text)
    assert (verdict.status, verdict.answer) == ("verified", "valid" if valid else "invalid"), (text, verdict.reason)


@pytest.mark.parametrize("seed", range(4))
def test_turns_that_contradict_each_other_are_not_judged(seed):
    rng = random.Random(40 + seed)
    said, denied = rng.choice(CLAUSES)
    first, second = rng.sample(SPEAKERS, 2)
    text = f"{first}: {_cap(said)}. {second}: {_cap(denied)}. {first}: So {said}."
    verdict = agentlib.analyze(text)
    assert verdict.status == "abstained", (text, verdict.answer)


@pytest.mark.parametrize("label", ["Myth", "Rumor", "Hypothesis", "Urban legend", "Claim"])
def test_a_label_that_doubts_its_claim_grants_nothing(label):
    """ "Myth: the mayor resigned. So the mayor resigned.": a myth is no premise (verified "valid" while the labels
    were dropped whatever they said)."""
    verdict = agentlib.analyze(f"{label}: the mayor resigned. So the mayor resigned.")
    assert verdict.status == "abstained" or verdict.answer == "invalid", (label, verdict.answer)
