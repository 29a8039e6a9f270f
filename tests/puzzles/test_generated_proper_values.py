"""Grids whose values are proper names, one or two words ("Gil, Hope and Ian each live in a different city: New York,
Paris and Rome"), generated: fresh cast, places, verbs and clues; the expected answer is found by trying every
assignment.

Before `grid._proper_values` every case abstained: the capitalised places were read as a second cast ("Ann, Bo and
Cy each live in a different city: Paris, Rome and Oslo" was not understood).
"""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

_NAMES = ["Gil", "Hope", "Ian", "Jade", "Kofi", "Lars", "Mina"]
_KINDS = [("city", "live in", "lives in", "does not live in", "live in",
           ["New York", "Paris", "Rome", "Oslo", "Cape Town", "Lima"]),
          ("country", "visited", "visited", "did not visit", "visit", ["France", "Spain", "Italy", "New Zealand",
                                                                       "Peru"])]


def _case(rng: random.Random) -> tuple[str, str | None]:
    size = rng.choice([3, 4])
    cast = rng.sample(_NAMES, size)
    noun, each_verb, said, denied, base, pool = rng.choice(_KINDS)
    values = rng.sample(pool, size)
    truth = dict(zip(cast, rng.sample(values, size), strict=True))
    clues, facts = [], []
    for _ in range(size):
        person = rng.choice(cast)
        if rng.random() < 0.4:
            clues.append(f"{person} {said} {truth[person]}.")
            facts.append((person, truth[person], True))
        else:
            other = rng.choice([v for v in values if v != truth[person]])
            clues.append(f"{person} {denied} {other}.")
            facts.append((person, other, False))
    asked_value = rng.choice(values)
    who = rng.random() < 0.5
    question = f"Who {said} {asked_value}?" if who else \
        f"Which {noun} did {cast[0]} {base.split()[0]}?" if noun == "country" else f"Which city does {cast[0]} live in?"
    listed = ", ".join(values[:-1]) + f" and {values[-1]}"
    text = " ".join([f"{', '.join(cast[:-1])} and {cast[-1]} each {each_verb} a different {noun}: {listed}.", *clues,
                     question])
    answers = set()
    for perm in itertools.permutations(values):
        world = dict(zip(cast, perm, strict=True))
        if all((world[p] == v) == positive for p, v, positive in facts):
            answers.add(next(p for p in cast if world[p] == asked_value) if who else world[cast[0]])
    return text, answers.pop() if len(answers) == 1 else None


@pytest.mark.parametrize("seed", range(8))
def test_proper_named_values_are_values_not_people(seed):
    rng = random.Random(f"proper-{seed}-{random.random()}")
    text, expected = _case(rng)
    verdict = solve(text)
    if expected is None:
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.answer)
    else:
        assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.render())
