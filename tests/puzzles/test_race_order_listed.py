""""Four friends finished a race. Quinn was faster than Rick. ... List them from first to last." was a verified
wrong answer: the slowest first. Places in a race are read as speeds with the fastest first (`race_speed.py`), and a
list "from first to last" (or "left to right") over a measure with no race or row is refused: which end comes first
is not said.

Fresh names, chains, clue orders and wordings; the expected order is the chain itself."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Quilla", "Ruben", "Saskia", "Teodor", "Ulla"]
RACES = ["{count} friends finished a race.", "They ran a race.", "The friends had a race.", "There was a race."]
COUNT = {3: "Three", 4: "Four", 5: "Five"}


def _clues(rng: random.Random, fastest_first: list[str]) -> list[str]:
    clues = []
    for fast, slow in zip(fastest_first, fastest_first[1:]):
        clues.append(rng.choice([f"{fast} was faster than {slow}.", f"{slow} was slower than {fast}.",
                                 f"{fast} ran faster than {slow}."]))
    rng.shuffle(clues)
    return clues


@pytest.mark.parametrize("seed", range(20))
def test_a_race_listed_from_first_to_last(seed):
    rng = random.Random(seed)
    order = rng.sample(NAMES, rng.randint(3, 5))
    question, expected = rng.choice([("List them from first to last.", order),
                                     ("In what order did they finish, from first to last?", order),
                                     ("List them from last to first.", list(reversed(order)))])
    text = " ".join([rng.choice(RACES).format(count=COUNT[len(order)]), *_clues(rng, order), question])
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason)


@pytest.mark.parametrize("seed", range(8))
def test_first_to_last_over_a_measure_with_no_race_is_refused(seed):
    rng = random.Random(seed)
    order = rng.sample(NAMES, 3)
    text = " ".join([*_clues(rng, order), rng.choice(["List them from first to last.",
                                                      "List them from left to right."])])
    assert solve(text).status != "verified", text
