"""'How many stickers do they have together?' after amounts of named people: the sum over everyone who has some,
generated with fresh names, things and relations and checked by arithmetic."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Mia", "Noah", "Ola", "Pia", "Raj", "Sol", "Tess", "Uma"]
THINGS = ["stickers", "marbles", "stamps", "shells", "cards"]


@pytest.mark.parametrize("seed", range(25))
def test_they_together_is_everyones_sum(seed: int) -> None:
    rng = random.Random(seed)
    a, b, c = rng.sample(NAMES, 3)
    thing = rng.choice(THINGS)
    base = rng.randint(2, 20)
    sentences = [f"{b} has {base} {thing}."]
    counts = {b: base}
    if rng.random() < 0.5:
        more = rng.randint(1, 9)
        sentences.append(f"{a} has {more} more {thing} than {b}.")
        counts[a] = base + more
    else:
        sentences.append(f"{a} has twice as many {thing} as {b}.")
        counts[a] = 2 * base
    if rng.random() < 0.4:
        counts[c] = rng.randint(1, 9)
        sentences.append(f"{c} has {counts[c]} {thing}.")
    rng.shuffle(sentences)
    question = rng.choice([f"How many {thing} do they have together?", f"How many {thing} are there altogether?",
                           f"How many {thing} do they have in total?"])
    verdict = solve(" ".join(sentences) + " " + question)
    assert (verdict.status, verdict.answer) == ("verified", sum(counts.values())), (sentences, verdict.reason)


def test_an_amount_left_open_abstains() -> None:
    verdict = solve("Mia has 3 more stickers than Noah. How many stickers do they have together?")
    assert verdict.status == "abstained"
