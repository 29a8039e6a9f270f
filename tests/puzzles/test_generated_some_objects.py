"""Generated "Every cat chases some mouse": a singular "some" object says what "a mouse" says, so the rule answers
"Does Tom chase a mouse?" (and "some mouse"), worded either way round; a non-member is never answered yes or no.
"""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Tom", "Rex", "Ivy", "Max", "Lou", "Pip"]
RULES = [("cat", "chases", "chase", "mouse"), ("dog", "buries", "bury", "bone"), ("bird", "sings", "sing", "song"),
         ("farmer", "owns", "own", "tractor"), ("pilot", "flies", "fly", "plane")]


@pytest.mark.parametrize("seed", range(12))
def test_a_singular_some_object_is_the_indefinite(seed):
    rng = random.Random(seed)
    kind, verbs, verb, thing = rng.choice(RULES)
    name = rng.choice(NAMES)
    rule_det, asked_det = rng.choice([("some", "a"), ("a", "some"), ("some", "some")])
    member = rng.random() < 0.75
    fact = f"{name} is a {kind}." if member else f"{name} is not a {kind}."
    facts = [f"Every {kind} {verbs} {rule_det} {thing}.", fact]
    rng.shuffle(facts)
    verdict = solve(" ".join(facts) + f" Does {name} {verb} {asked_det} {thing}?")
    if member:
        assert (verdict.status, verdict.answer) == ("verified", "yes")
    else:  # the rule says nothing of a non-member: abstained, or verified as undetermined
        assert verdict.status != "verified" or verdict.answer == "cannot be determined"
