""""it" for a thing the speaker or the hearer owns: "Your package is in the warehouse or on the truck. It is not on
the truck. So it is in the warehouse." abstained ("it" looked only for a thing named with "the"). Fresh arguments
over "my / your / our" things are checked against their truth tables."""

from __future__ import annotations

import random

import pytest

import agentlib

OWNERS = ["my", "your", "our"]
THINGS = [("package", "in the warehouse", "on the truck"), ("car", "red", "blue"),
          ("bike", "in the shed", "in the garage"), ("ticket", "in the drawer", "in the wallet"),
          ("laptop", "on the desk", "in the bag")]


@pytest.mark.parametrize("seed", range(12))
def test_it_is_the_owned_thing_named_before(seed):
    rng = random.Random(seed)
    owner, (thing, first, second) = rng.choice(OWNERS), rng.choice(THINGS)
    denied, goal_plain = rng.choice([(first, True), (second, True), (first, False), (second, False)])
    other = second if denied == first else first
    text = (f"{owner.capitalize()} {thing} is {first} or {second}. It is not {denied}. "
            f"So it is {'' if goal_plain else 'not '}{other}.")
    verdict = agentlib.analyze(text)
    assert (verdict.status, verdict.answer) == ("verified", "valid" if goal_plain else "invalid"), (text,
                                                                                                    verdict.reason)
