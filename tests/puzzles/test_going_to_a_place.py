""""is going to" before where is motion now, not the future: "Ann is going to the park. Is Ann going to the park?"
was set aside as said "at another time than the question asks about" (every "is going to" was read as the future's).
Before a verb ("is going to sing") it stays the future, which a present question cannot be answered from."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Boris", "Chloe", "Dmitri", "Elif", "Farid", "Greta", "Hiro"]
PLACES = ["the park", "the library", "the beach", "the market", "a concert", "my office", "the gym", "her studio"]


@pytest.mark.parametrize("seed", range(12))
def test_going_to_a_place_is_read_now(seed):
    rng = random.Random(seed)
    who, other = rng.sample(NAMES, 2)
    place = rng.choice(PLACES).replace("her ", "the ").replace("my ", "the ")
    fact, asked_about = rng.choice([(who, who), (who, other)])
    said = rng.choice(["is going", "is not going", "isn't going"])
    text = f"{fact} {said} to {place}. Is {asked_about} going to {place}?"
    verdict = solve(text).to_dict()
    if asked_about != fact:
        assert verdict["answer"] not in ("yes", "no"), text  # nothing is said of the other person
        return
    assert (verdict["status"], verdict["answer"]) == ("verified", "yes" if said == "is going" else "no"), text


@pytest.mark.parametrize("verb", ["sing", "leave", "win"])
def test_going_to_do_something_stays_the_future(verb):
    verdict = solve(f"Ann is going to {verb}. Does Ann {verb}?").to_dict()
    assert verdict["answer"] not in ("yes", "no")
