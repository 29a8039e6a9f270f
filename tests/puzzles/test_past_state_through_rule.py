"""A past state carried through a present rule: "Ann was a nurse. All nurses are kind. Is Ann kind?" answers "yes".

The decision, for everyday text: a puzzle told in the past ("Tom was a cat. All cats are mammals. Is Tom a mammal?")
narrates; its rules speak of the kind without a time, and the reader keeps the story's one time, as LogicBench's
tense items do ("Ann studied. Whoever studies passes. Does Ann pass?", `logicbench_like.tensed_classical`). Only a
present question about the very proposition a past fact states contrasts the two times on purpose ("Ann was a
nurse. Is Ann a nurse?"), and only that abstains (`past_states.py`). These tests hold both halves, over fresh names,
kinds and rules: the rule's verdict ("yes" or "no"), and the direct question's abstention beside it."""

from __future__ import annotations

import random

import pytest

import agentlib

KINDS = [("nurse", "nurses"), ("pilot", "pilots"), ("baker", "bakers"), ("judge", "judges"), ("farmer", "farmers")]
TRAITS = [("kind", "rude"), ("careful", "careless"), ("patient", "impatient"), ("calm", "nervous")]
NAMES = ["Ann", "Bea", "Cleo", "Dina", "Esme", "Fran"]


@pytest.mark.parametrize("seed", range(10))
def test_a_past_state_reaches_a_present_question_through_a_rule(seed):
    rng = random.Random(seed)
    (kind, kinds), (trait, _), name = rng.choice(KINDS), rng.choice(TRAITS), rng.choice(NAMES)
    rule, expected = rng.choice([(f"All {kinds} are {trait}.", "yes"), (f"No {kind} is {trait}.", "no"),
                                 (f"Every {kind} is {trait}.", "yes")])
    verdict = agentlib.solve(f"{name} was a {kind}. {rule} Is {name} {trait}?")
    assert (verdict.status, verdict.answer) == ("verified", expected)


@pytest.mark.parametrize("seed", range(4))
def test_the_past_state_asked_in_the_present_still_abstains(seed):
    rng = random.Random(20 + seed)
    (kind, kinds), (trait, _), name = rng.choice(KINDS), rng.choice(TRAITS), rng.choice(NAMES)
    verdict = agentlib.solve(f"{name} was a {kind}. All {kinds} are {trait}. Is {name} a {kind}?")
    assert verdict.status == "abstained"
