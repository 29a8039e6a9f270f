"""A count of places given as a size (`place_counts.py`): "There are 6 chairs in a row.", "a building of 5 floors,
one per floor", "a 5-storey building", "In a class of 20 students, ...", checked against brute force over the
places 1..N: fresh names, sizes, anchors and distances; a place is answered where every arrangement of the named
people on different places agrees, and not otherwise.

Before this module (round 33): all three constructions abstained ("counts 6, but the text names 2"; "Gus sits two
chairs to the right of Fay" unread; "In a class of 20 students, ..." unread; "What was Ivy's rank?" unread).
"""

from __future__ import annotations

import random
from itertools import permutations

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Fay", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lux", "Max", "Nia", "Oli"]
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth"}
WORDS = {2: "two", 3: "three", 4: "four"}


def _places(size: int, people: list[str], facts) -> set[tuple[int, ...]]:
    """Every way the named people take different places 1..size that keeps `facts` (functions of the places)."""
    return {p for p in permutations(range(1, size + 1), len(people))
            if all(fact(dict(zip(people, p))) for fact in facts)}


def _forced(found: set[tuple[int, ...]], index: int) -> int | None:
    values = {p[index] for p in found}
    return values.pop() if len(values) == 1 else None


@pytest.mark.parametrize("seed", range(10))
def test_a_row_of_counted_chairs(seed):
    rng = random.Random(seed)
    size = rng.randint(4, 8)
    noun = rng.choice(["chair", "seat"])
    a, b = rng.sample(NAMES, 2)
    at = rng.randint(1, size)
    anchor = rng.choice([f"{a} sits in {noun} {at}.", f"{a} sits in the {ORDINALS[at]} {noun}."]) if at < size or \
        rng.random() < 0.5 else f"{a} sits in the last {noun}."
    gap = rng.randint(1, 3)
    right = rng.random() < 0.5
    if right and at + gap > size or not right and at - gap < 1:
        right = not right
    if right and at + gap > size or not right and at - gap < 1:
        gap, right = 1, at < size
    side = "right" if right else "left"
    unit = f"{noun}s" if gap > 1 else noun
    relation = f"{b} sits {WORDS.get(gap, 'one')} {unit} to the {side} of {a}."
    scene = rng.choice([f"There are {size} {noun}s in a row.", f"There are {size} {noun}s in a row at the cinema."])
    said = [anchor, relation]
    rng.shuffle(said)
    facts = [lambda v: v[a] == at, lambda v: v[b] == v[a] + (gap if right else -gap)]
    expected = _forced(_places(size, [a, b], facts), 1)
    verdict = solve(f"{scene} {' '.join(said)} Which {noun} is {b} in?")
    assert verdict.status == "verified" and verdict.answer == expected, (scene, said, verdict.reason)


@pytest.mark.parametrize("seed", range(8))
def test_floors_of_a_counted_building(seed):
    rng = random.Random(seed)
    size = rng.randint(4, 7)
    a, b = rng.sample(NAMES, 2)
    at = rng.randint(1, size - 1)
    scene = rng.choice([f"{WORDS.get(size, str(size)).capitalize()} people live in a "
                        f"building of {size} floors, one per floor.",
                        f"{a} and {b} live in a {size}-storey building."])
    gap = rng.randint(1, size - at)
    relation = f"{b} lives directly above {a}." if gap == 1 else \
        f"{b} lives {WORDS.get(gap, str(gap))} floors above {a}."
    facts = [lambda v: v[a] == at, lambda v: v[b] == v[a] + gap]
    expected = _forced(_places(size, [a, b], facts), 1)
    text = f"{scene} {a} lives on floor {at}. {relation} Which floor does {b} live on?"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason)


@pytest.mark.parametrize("seed", range(6))
def test_a_rank_in_a_counted_class(seed):
    rng = random.Random(seed)
    size = rng.randint(6, 30)
    a, b = rng.sample(NAMES, 2)
    at = rng.randint(1, 6)
    after = rng.random() < 0.5
    verb = rng.choice(["ranked", "finished"])
    text = (f"In a class of {size} students, {a} {verb} {ORDINALS[at]} and {b} {verb} right "
            f"{'after' if after else 'before'} {a}. What was {b}'s rank?")
    expected = at + 1 if after else at - 1
    verdict = solve(text)
    if expected < 1:
        assert verdict.status != "verified", (text, verdict.answer)
    else:
        assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason)


@pytest.mark.parametrize("seed", range(4))
def test_an_unforced_place_and_too_few_places_are_not_answered(seed):
    rng = random.Random(seed)
    a, b, c = rng.sample(NAMES, 3)
    size = rng.randint(5, 8)
    loose = solve(f"There are {size} chairs in a row. {a} sits in chair 2. {b} sits next to {a}. "
                  f"Which chair is {b} in?")
    assert loose.status != "verified", loose.answer
    crowded = solve(f"There are 2 chairs in a row. {a} sits in chair 1. {b} sits to the right of {a}. "
                    f"{c} sits to the right of {b}. Which chair is {b} in?")
    assert crowded.status != "verified", crowded.answer
