"""A row of houses whose owners are listed in parentheses like the other attributes: "Each has a different colour
(red, green, blue) and a different owner (Ann, Ben, Cat)." The owners' list is the cast (it abstained: a list of
names was refused as attribute values). Fresh names, colours, clue order and sizes; answers by brute force over
every placement."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Oona", "Pim", "Rafe", "Sela", "Tovi", "Ulla", "Vard", "Wynn"]
COLOURS = ["red", "green", "blue", "yellow", "white"]
ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}


def _clue(rng: random.Random, people: list[str], colours: list[str], size: int):
    kind = rng.randrange(5)
    person, colour, other = rng.choice(people), rng.choice(colours), rng.choice(colours)
    place = rng.randint(1, size)
    if kind == 0:
        return f"{person} lives in the {colour} house.", lambda w: w[person] == w[colour]
    if kind == 1:
        return f"{person} does not live in house {place}.", lambda w: w[person] != place
    if kind == 2 and colour != other:
        return (f"The {colour} house is immediately to the right of the {other} house.",
                lambda w: w[colour] == w[other] + 1)
    if kind == 3:
        return f"{person} lives in house {place}.", lambda w: w[person] == place
    return f"The {colour} house is not house {place}.", lambda w: w[colour] != place


def _worlds(people, colours, size, clues):
    found = []
    for owners in itertools.permutations(range(1, size + 1)):
        for paint in itertools.permutations(range(1, size + 1)):
            world = {**dict(zip(people, owners)), **dict(zip(colours, paint))}
            if all(holds(world) for _, holds in clues):
                found.append(world)
    return found


@pytest.mark.parametrize("seed", range(24))
def test_a_parenthesized_owner_list_is_the_cast(seed):
    rng = random.Random(seed)
    size = rng.choice((3, 4))
    people, colours = rng.sample(NAMES, size), rng.sample(COLOURS, size)
    asked = rng.choice(people)
    clues: list = []
    while len(clues) < 12:  # clues until the asked colour is forced (a clue that leaves no world is dropped)
        clue = _clue(rng, people, colours, size)
        worlds = _worlds(people, colours, size, clues + [clue])
        if worlds:
            clues.append(clue)
            if len({next(c for c in colours if w[c] == w[asked]) for w in worlds}) == 1:
                break
    if seed % 3 == 0 and len(clues) > 1:
        clues.pop()  # a third of the puzzles leave the answer open
    worlds = _worlds(people, colours, size, clues)
    answers = {next(c for c in colours if w[c] == w[asked]) for w in worlds}
    text = (f"There are {['three', 'four'][size - 3]} houses in a row, numbered 1 to {size} from left to right. "
            f"Each has a different colour ({', '.join(colours)}) and a different owner "
            f"({', '.join(rng.sample(people, size))}). {' '.join(c for c, _ in clues)} What colour is {asked}'s house?")
    verdict = solve(text)
    if len(answers) == 1:
        assert verdict.status == "verified" and verdict.answer == answers.pop(), (text, verdict.answer,
                                                                                 verdict.reason, verdict.unparsed)
    else:
        assert verdict.status != "verified" or verdict.answer not in colours, (text, verdict.answer)


def test_a_parenthesized_list_of_names_under_another_noun_is_not_a_cast():
    text = ("There are three houses in a row, numbered 1 to 3 from left to right. Each has a different colour (red, "
            "green, blue) and a different dog (Rex, Fido, Spot). Ann lives in the red house. What colour is Ann's "
            "house?")
    assert solve(text).status != "verified"
