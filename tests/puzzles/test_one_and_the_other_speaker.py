""""One always lies and one always tells the truth." spreads the two behaviours over the two people; "one" was read as
the name of a kind ("ones always lie"), so "Alex says 'Blair is the liar.'" came out as a contradiction. Quantity
words and pronouns are never kinds (`reader._KIND_DEFINITION`).

Fresh names, wordings, claims and questions; both assignments are tried here to key the answer."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Alexis", "Blaise", "Cosmo", "Delphine"]
SPREADS = ["One always lies and one always tells the truth.", "One always lies and the other always tells the truth.",
           "One of them always tells the truth and the other always lies.",
           "One always tells the truth and one always lies."]


def _claim(rng: random.Random, speaker: str, other: str):  # noqa: ANN202 (text, truth given who is the liar)
    return rng.choice([
        (f"{other} is the liar.", lambda liar: liar == other), (f"{other} is lying.", lambda liar: liar == other),
        (f"{other} tells the truth.", lambda liar: liar != other), ("I am the liar.", lambda liar: liar == speaker),
        (f"{other} and I are both liars.", lambda liar: False),
        ("At least one of us is a liar.", lambda liar: True),
    ])


@pytest.mark.parametrize("seed", range(24))
def test_one_liar_and_one_truth_teller(seed):
    rng = random.Random(seed)
    a, b = rng.sample(NAMES, 2)
    speaker, other = rng.choice([(a, b), (b, a)])
    said, truth = _claim(rng, speaker, other)
    worlds = [liar for liar in (a, b) if truth(liar) == (liar != speaker)]
    asked, key = rng.choice([("Who is the liar?", lambda liar: liar),
                             ("Who is the truth-teller?", lambda liar: a if liar == b else b)])
    text = f"There are two people, {a} and {b}. {rng.choice(SPREADS)} {speaker} says '{said}' {asked}"
    verdict = solve(text)
    if len(worlds) == 1:
        assert verdict.status == "verified" and verdict.answer == key(worlds[0]), (text, verdict.answer,
                                                                                   verdict.reason)
    else:
        assert verdict.status != "verified", (text, verdict.answer)
