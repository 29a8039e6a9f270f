"""Nouns for people are never verbs in a puzzle ("Some tall people swim" had a second reading with "people" as the
verb "to people", and abstained): syllogisms over fresh adjectives and verbs with "people" / "men" / "women"."""

from __future__ import annotations

import random

import pytest

from agentlib import analyze
from agentlib.puzzles.english.words import is_word

ADJECTIVES = ["lazy", "tall", "busy", "quiet", "clever", "tired"]
VERBS = ["fail", "swim", "sing", "win", "cook", "read"]
KINDS = ["students", "players", "doctors", "artists"]


@pytest.mark.parametrize("seed", range(3))
def test_an_undistributed_middle_through_adjective_people(seed: int) -> None:
    rng = random.Random(seed)
    adjective, verb, kind = rng.choice(ADJECTIVES), rng.choice(VERBS), rng.choice(KINDS)
    noun = rng.choice(["people", "men", "women"])
    text = f"Some {kind} are {adjective}. Some {adjective} {noun} {verb}. So some {kind} {verb}."
    result = analyze(text)
    assert (result.status, result.answer) == ("verified", "invalid"), (text, result.reason, result.unparsed)


@pytest.mark.parametrize("word", ["people", "men", "women", "children"])
def test_people_nouns_are_not_verbs(word: str) -> None:
    assert not is_word(word, "VERB") and is_word(word, "NOUN")
