"""Regression: "As long as the server is up, the site works. The site doesn't work. So the server is down." was
verified "invalid" (and "Is the server down?" answered "cannot be determined"): "up" / "down" were read only as
exclusive. For a server, a floor or a shirt ("wet" / "dry", "clean" / "dirty") they are usually each other's
negation, for prices they are not: where the verdict differs between the two readings, it is no longer given.
Contraries with a middle ("not hot" is not "cold") keep their verdict. Fresh subjects, connectives and forms."""

from __future__ import annotations

import random

import pytest

from agentlib import analyze
from agentlib.puzzles.english.family import solve

PAIRS = [("up", "down", ["the server", "the network", "the website"]),
         ("wet", "dry", ["the floor", "the road", "the towel"]),
         ("clean", "dirty", ["the kitchen", "the shirt", "the car"])]
RESULTS = [("the site works", "the site doesn't work"), ("the alarm sounds", "the alarm doesn't sound"),
           ("Ana is happy", "Ana is not happy"), ("we can start", "we can't start")]
IFS = ["If {c}, {r}.", "As long as {c}, {r}.", "Whenever {c}, {r}."]


@pytest.mark.parametrize("seed", range(18))
def test_a_verdict_resting_on_up_or_down_is_not_given(seed):
    rng = random.Random(seed)
    first, second, things = rng.choice(PAIRS)
    thing = rng.choice(things)
    result, not_result = rng.choice(RESULTS)
    rule = rng.choice(IFS).format(c=f"{thing} is {first}", r=result)
    text = f"{rule[0].upper()}{rule[1:]} {not_result[0].upper()}{not_result[1:]}. So {thing} is {second}."
    assert analyze(text).status == "abstained", text
    question = f"{rule[0].upper()}{rule[1:]} {not_result[0].upper()}{not_result[1:]}. Is {thing} {second}?"
    assert solve(question).status == "abstained", question


@pytest.mark.parametrize("thing", ["the soup", "the tea", "the bath"])
def test_a_contrary_with_a_middle_keeps_its_verdict(thing):
    verdict = analyze(f"{thing.capitalize()} is not hot. So {thing} is cold.")
    assert (verdict.status, verdict.answer) == ("verified", "invalid")
