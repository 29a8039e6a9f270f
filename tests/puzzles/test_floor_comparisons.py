""""Tom lives on a higher floor than Uma." compares floors, as "Tom lives above Uma." does (it was not understood;
`floor_comparisons.py`).

Fresh names, chains, wordings and questions; the expected answer is the chain's end."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Tobias", "Ursula", "Viggo", "Wanda", "Xavi"]


@pytest.mark.parametrize("seed", range(20))
def test_floors_compared_as_higher_or_lower(seed):
    rng = random.Random(seed)
    top_down = rng.sample(NAMES, rng.randint(3, 4))
    clues = []
    for upper, lower in zip(top_down, top_down[1:]):
        noun = rng.choice(["floor", "level"])
        clues.append(rng.choice([f"{upper} lives on a higher {noun} than {lower}.",
                                 f"{lower} lives on a lower {noun} than {upper}.",
                                 f"{lower} lives on a lower {noun} than {upper} does."]))
    rng.shuffle(clues)
    question, expected = rng.choice([("Who lives on the lowest floor?", top_down[-1]),
                                     ("Who lives on the top floor?", top_down[0])])
    text = " ".join([*clues, question])
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason)
