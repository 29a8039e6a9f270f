"""The empty "it" of a day or a month: "If it's Saturday, the library is closed. The library is open. Is it
Saturday?" asks about the day, not about the library named before it. Regression: "it" was read as the library and
the question abstained."""

from __future__ import annotations

import random

import pytest

import agentlib

TIMES = ["Monday", "Tuesday", "Friday", "Saturday", "Sunday", "June", "December"]
PLACES = [("the library", "closed", "open"), ("the shop", "shut", "open"), ("the lamp", "off", "on"),
          ("the pool", "closed", "open")]


@pytest.mark.parametrize("seed", range(12))
def test_the_time_of_it_is_not_the_thing_named_before(seed):
    rng = random.Random(seed)
    time = rng.choice(TIMES)
    place, negative, positive = rng.choice(PLACES)
    it_is = rng.choice(["it is", "it's"])
    observed_negative = rng.random() < 0.5
    observed = negative if observed_negative else positive
    text = (f"If {it_is} {time}, {place} is {negative}. {place.capitalize()} is {observed}. Is it {time}?")
    verdict = agentlib.solve(text)
    if observed_negative:  # affirming the consequent: the day is not settled
        assert verdict.answer in (None, "cannot be determined"), (text, verdict.answer)
    else:  # modus tollens
        assert (verdict.status, verdict.answer) == ("verified", "no"), (text, verdict.reason)


def test_it_still_refers_back_to_a_thing():
    verdict = agentlib.solve("The car is red. It is fast. Is the car fast?")
    assert (verdict.status, verdict.answer) == ("verified", "yes")
