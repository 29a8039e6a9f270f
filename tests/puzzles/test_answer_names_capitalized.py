"""A place named in the text keeps its capital in the answer ("Where is Jo?" -> "in Paris", not "in paris"), over
fresh people, cities and orders of the two statements."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

PEOPLE = [("Jo", "she"), ("Max", "he"), ("Ada", "she"), ("Tom", "he")]
CITIES = ["Paris", "Rome", "Oslo", "Lima", "Cairo", "Madrid", "Dublin"]


@pytest.mark.parametrize("seed", range(3))
def test_the_place_answered_keeps_its_capital(seed: int) -> None:
    rng = random.Random(seed)
    (person, pronoun), (here, there) = rng.choice(PEOPLE), rng.sample(CITIES, 2)
    text = f"{person} is either in {here} or in {there}. {pronoun.capitalize()} is not in {there}. Where is {person}?"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", f"in {here}"), (text, verdict.reason)
    assert here in verdict.reason
