""""owns" and "has" in a grid: the grid's verbs of having name its one attribute whatever verb the declaration used,
so "each own a different pet: ... Who has the dog?" reads; outside a grid, owning is not having ("Ann owns a cat.
Who has the cat?" abstains: the cat may be with someone else). Answers by brute force over the assignments.

First sight (round puzv, before any code change): every grid case was right, the plain case abstained; none wrong."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli"]
PETS = ["cat", "dog", "fish", "bird"]
VERBS = {"own": "owns", "have": "has"}


@pytest.mark.parametrize("seed", range(16))
def test_own_and_have_name_the_one_attribute_of_a_grid(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, 3)
    pets = rng.sample(PETS, 3)
    truth = dict(zip(people, rng.sample(pets, 3)))
    declared, said, asked = (rng.choice(sorted(VERBS)) for _ in range(3))
    clues = [f"{people[0]} {VERBS[said]} the {truth[people[0]]}.",
             f"{people[1]} does not {rng.choice(sorted(VERBS))} the {truth[people[2]]}."]
    pet = rng.choice(pets)
    text = (f"{', '.join(people[:2])} and {people[2]} each {declared} a different pet: a {pets[0]}, a {pets[1]} and "
            f"a {pets[2]}. " + " ".join(clues) + f" Who {VERBS[asked]} the {pet}?")
    worlds = [dict(zip(people, p)) for p in itertools.permutations(pets)
              if p[0] == truth[people[0]] and p[1] != truth[people[2]]]
    owners = {next(n for n in people if w[n] == pet) for w in worlds}
    assert len(owners) == 1
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", owners.pop()), (text, verdict.reason, verdict.unparsed)


def test_outside_a_grid_owning_is_not_having():
    assert solve("Ann owns a cat. Bo owns a dog. Who has the cat?").status == "abstained"
