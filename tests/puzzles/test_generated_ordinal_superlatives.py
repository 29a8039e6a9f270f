"""Generated superlatives as people type them: "Who is second oldest?" (no "the") and "the shortest of the three"
(the group named by its size), checked against the order the facts were drawn from.

"Of the three" is read as everyone only when exactly that many people are named; with another count it could be
a subset, and the question must not be answered.
"""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo"]
SCALES = [("taller", "tallest", "shortest"), ("older", "oldest", "youngest"), ("heavier", "heaviest", "lightest")]
ORDINAL = {2: "second", 3: "third"}
NUMBER = {3: "three", 4: "four"}


def _chain(rng: random.Random, size: int) -> tuple[list[str], tuple[str, str, str], str]:
    people = rng.sample(NAMES, size)  # most first
    scale = rng.choice(SCALES)
    facts = [f"{a} is {scale[0]} than {b}." for a, b in zip(people, people[1:])]
    rng.shuffle(facts)
    return people, scale, " ".join(facts)


@pytest.mark.parametrize("seed", range(10))
def test_an_ordinal_superlative_without_the(seed):
    rng = random.Random(seed)
    people, scale, facts = _chain(rng, rng.choice([3, 4]))
    rank = rng.choice([2, 3])
    verdict = solve(f"{facts} Who is {ORDINAL[rank]} {scale[1]}?")
    assert (verdict.status, verdict.answer) == ("verified", people[rank - 1])


@pytest.mark.parametrize("seed", range(10))
def test_the_superlative_of_the_whole_group_by_its_size(seed):
    rng = random.Random(seed)
    size = rng.choice([3, 4])
    people, scale, facts = _chain(rng, size)
    asked = rng.choice(people)
    verdict = solve(f"{facts} Is {asked} the {scale[2]} of the {NUMBER[size]}?")
    assert (verdict.status, verdict.answer) == ("verified", "yes" if asked == people[-1] else "no")


@pytest.mark.parametrize("seed", range(4))
def test_of_the_three_among_four_named_is_not_answered(seed):
    rng = random.Random(seed)
    people, scale, facts = _chain(rng, 4)
    verdict = solve(f"{facts} Is {people[-2]} the {scale[2]} of the three?")
    assert verdict.status != "verified"
