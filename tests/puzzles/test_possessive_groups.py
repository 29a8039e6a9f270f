"""A group owned by the speaker ("All my hens lay eggs.") and a member typed without the possessive ("Bessie is a
hen."): Bessie may be someone else's hen, so the answer stands only where reading the membership as "one of mine" and
leaving it out agree (`possessive_groups.py`). Regression: "Does Bessie lay eggs?" was verified "yes". A member typed
with the possessive ("Bessie is my hen", "one of my hens") is still one of the group."""

from __future__ import annotations

import random

import pytest

import agentlib

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
GROUPS = [("hen", "hens", "lay eggs", "lays eggs", "Does {n} lay eggs?"),
          ("friend", "friends", "are kind", "is kind", "Is {n} kind?"),
          ("cat", "cats", "are black", "is black", "Is {n} black?")]


@pytest.mark.parametrize("seed", range(12))
def test_a_member_without_the_possessive_is_not_surely_one_of_the_group(seed):
    rng = random.Random(seed)
    name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    noun, plural, plural_vp, _, question = rng.choice(GROUPS)
    owner = rng.choice(["my", "our", "your"])
    quantifier = rng.choice(["All", "All of"])
    member = rng.choice([(f"{name} is a {noun}.", None), (f"{name} is {owner} {noun}.", "yes"),
                         (f"{name} is one of {owner} {plural}.", "yes")])
    text = f"{quantifier} {owner} {plural} {plural_vp}. {member[0]} {question.format(n=name)}"
    verdict = agentlib.solve(text)
    if member[1] is None:
        assert verdict.status == "abstained", (text, verdict.answer)
    else:
        assert (verdict.status, verdict.answer) == ("verified", "yes"), (text, verdict.reason, verdict.unparsed)
