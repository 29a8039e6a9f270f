"""A cast listed as things ("A cat, a dog and a mouse are in a race.", "Three books are on a shelf: a red book, a
blue book and a green book."): the list is the cast's size, checked against the things the clues name. Fresh
things, clue orders and questions, answers by brute force over every order; a thing the clues never name leaves
the puzzle abstaining (it could hold any place)."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.scene import listed_scene

ANIMALS = ["cat", "dog", "mouse", "hen", "goat", "duck", "fox", "pig"]
COLOURS = ["red", "blue", "green", "white", "black", "yellow"]


def _first(things: list[str], pairs: list[tuple[str, str]]) -> str | None:
    firsts = {order[0] for order in permutations(things) if all(order.index(a) < order.index(b) for a, b in pairs)}
    return firsts.pop() if len(firsts) == 1 else None


def _race(rng: random.Random, size: int) -> tuple[str, str | None]:
    animals = rng.sample(ANIMALS, size)
    order = rng.sample(animals, size)
    pairs = [(order[k], order[k + 1]) for k in range(size - 1)]
    listed = ", ".join(f"a {a}" for a in animals[:-1]) + f" and a {animals[-1]}"
    clues = [f"The {a} finished before the {b}." if rng.random() < 0.5 else f"The {b} finished after the {a}."
             for a, b in rng.sample(pairs, len(pairs))]
    return f"{listed[0].upper()}{listed[1:]} are in a race. " + " ".join(clues) + " Who won?", \
        f"the {_first(animals, pairs)}"


def _shelf(rng: random.Random) -> tuple[str, str | None]:
    colours = rng.sample(COLOURS, 3)
    order = rng.sample(colours, 3)
    pairs = [(order[0], order[1]), (order[1], order[2])]
    clues = [f"The {a} book is to the left of the {b} book." for a, b in rng.sample(pairs, 2)]
    listed = f"a {colours[0]} book, a {colours[1]} book and a {colours[2]} book"
    return f"Three books are on a shelf: {listed}. " + " ".join(clues) + " Which book is the leftmost?", \
        f"the {_first(colours, pairs)} book"


@pytest.mark.parametrize("seed", range(3))
def test_listed_casts_answer_by_brute_force(seed: int) -> None:
    rng = random.Random(seed)
    for text, expected in [_race(rng, 3), _race(rng, 4), _shelf(rng)]:
        verdict = solve(text)
        assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason, verdict.unparsed)


def test_a_listed_thing_no_clue_names_abstains() -> None:
    verdict = solve("A cat, a dog and a mouse are in a race. The dog finished before the cat. Who won?")
    assert verdict.status == "abstained"


@pytest.mark.parametrize("sentence, count", [("A cat, a dog and a mouse are in a race.", 3),
                                             ("Two books are on a shelf: a red book, a blue book and a green book.",
                                              None),
                                             ("A cat and a dog are in the garden.", None)])
def test_the_listed_count(sentence: str, count: int | None) -> None:
    assert listed_scene(sentence) == count
