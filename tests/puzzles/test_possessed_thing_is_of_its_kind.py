""""My car" is a car, as "Sam's bike" is a bike: "Every car in the lot has a permit. My car doesn't have a permit. So
my car isn't in the lot." abstained ("valid if my car is a car, which no premise says"). Fresh nouns, owners,
properties and forms, keyed by the syllogism's truth table; kinship nouns ("my brother") stay as they were."""

from __future__ import annotations

import random

import pytest

from agentlib import analyze

THINGS = [("car", "has a permit", "doesn't have a permit", "is in the lot", "isn't in the lot"),
          ("dog", "is vaccinated", "isn't vaccinated", "is in the shelter", "isn't in the shelter"),
          ("laptop", "has a sticker", "doesn't have a sticker", "is in the office", "isn't in the office"),
          ("bike", "has a bell", "doesn't have a bell", "is in the shed", "isn't in the shed")]
OWNERS = ["my", "our", "your"]


@pytest.mark.parametrize("seed", range(16))
def test_a_possessed_thing_is_of_its_kind(seed):
    rng = random.Random(seed)
    noun, has, lacks, where, not_where = rng.choice(THINGS)
    owner = rng.choice(OWNERS)
    form = rng.choice(["tollens", "converse"])
    rule_where = where.replace("is in", "in")
    if form == "tollens":  # every N P has X; my N lacks X; so my N is not P: valid
        text = f"Every {noun} {rule_where} {has}. {owner.capitalize()} {noun} {lacks}. So {owner} {noun} {not_where}."
        expected = "valid"
    else:  # every N has X; my N has X; so my N is P: invalid
        text = f"Every {noun} {rule_where} {has}. {owner.capitalize()} {noun} {has}. So {owner} {noun} {where}."
        expected = "invalid"
    verdict = analyze(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason)
