"""A parent of one sibling asked of the other: "Adam is Beth's father. Beth is Carl's sister. Who is Carl's father?".
A sister may be a half sister (one parent shared, not both), so nothing follows, and the abstention says why; where
the text gives the parent of both, the answer stands. Fresh names, parents and sibling words.

Before this change (round 33): the same abstention, with the reason "more than one answer fits".
"""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Adam", "Beth", "Carl", "Dina", "Emil", "Fern", "Gale", "Hugo"]


@pytest.mark.parametrize("seed", range(6))
def test_the_parent_of_a_sibling_is_not_the_parent_of_the_other(seed):
    rng = random.Random(seed)
    parent, child, other = rng.sample(NAMES, 3)
    role = rng.choice(["father", "mother"])
    sibling = rng.choice(["sister", "brother", "sibling"])
    verdict = solve(f"{parent} is {child}'s {role}. {child} is {other}'s {sibling}. Who is {other}'s {role}?")
    assert verdict.status == "abstained" and "half sibling" in verdict.reason, verdict.reason
    both = solve(f"{parent} is {child}'s {role}. {parent} is {other}'s {role}. {child} is {other}'s {sibling}. "
                 f"Who is {other}'s {role}?")
    assert both.status == "verified" and both.answer == parent, both.reason
