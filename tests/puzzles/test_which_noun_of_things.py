""""Which pet is younger?" when the statements compare only things ("The dog is older than the cat."): the noun is a
word for the things compared, asked of them all. Regression: it abstained, "no pet is named in the statements". A
person among those compared keeps the old refusal (the noun cannot be read as a word for all of them)."""

from __future__ import annotations

import random

import pytest

import agentlib

GROUPS = [("pet", ["dog", "cat", "fish", "parrot"], ("older", "oldest", "youngest")),
          ("animal", ["horse", "goat", "sheep", "cow"], ("heavier", "heaviest", "lightest")),
          ("vehicle", ["car", "truck", "van", "bus"], ("faster", "fastest", "slowest"))]


@pytest.mark.parametrize("seed", range(12))
def test_which_noun_asks_of_the_things_compared(seed):
    rng = random.Random(seed)
    noun, things, (comparative, top, bottom) = rng.choice(GROUPS)
    order = rng.sample(things, 3)  # the most first
    clues = [f"The {a} is {comparative} than the {b}." for a, b in zip(order, order[1:])]
    rng.shuffle(clues)
    most = rng.random() < 0.5
    text = " ".join(clues) + f" Which {noun} is the {top if most else bottom}?"
    verdict = agentlib.solve(text)
    assert (verdict.status, verdict.answer) == ("verified", f"the {order[0] if most else order[-1]}"), \
        (text, verdict.reason, verdict.unparsed)


def test_a_person_among_them_is_still_refused():
    verdict = agentlib.solve("The dog is older than Ann. Which pet is younger?")
    assert verdict.status == "abstained"
