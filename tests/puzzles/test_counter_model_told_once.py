"""A counter-model with two unnamed witnesses alike told each of them ("there is something that is not a fish and
is a shark and swims; there is something that is not a fish and is a shark and swims"): each fact is told once.
Fresh kinds and properties of the undistributed-middle form."""

from __future__ import annotations

import random

import pytest

from agentlib import analyze

KINDS = [("fish", "swim", "swims"), ("bird", "fly", "flies"), ("cat", "purr", "purrs"), ("dog", "bark", "barks")]
OTHERS = ["shark", "bat", "robot", "toy"]


@pytest.mark.parametrize("seed", range(8))
def test_each_fact_of_a_counter_model_is_told_once(seed):
    rng = random.Random(seed)
    (kind, verb, verbs), other = rng.choice(KINDS), rng.choice(OTHERS)
    verdict = analyze(f"All {kind}s {verb}. A {other} {verbs}. So a {other} is a {kind}.")
    assert verdict.status == "verified" and verdict.answer == "invalid", verdict.reason
    facts = verdict.counter_model.split("e.g. ", 1)[-1].split("; ")
    assert len(facts) == len(set(facts)), verdict.counter_model
