"""Positions said with a participle of placing ("The red car is parked to the left of the blue car", "is located
directly right of", "was placed next to"), over fresh objects, colours, participles and clue orders; the answer of
"Which car is in the middle?" by brute force over every order. The same clues without the participle answer alike."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.placement_participles import without_placement_participle

OBJECTS = ["car", "book", "vase", "box", "chair", "bike", "lamp"]
COLOURS = ["red", "blue", "green", "white", "black", "yellow", "grey"]
PARTICIPLES = ["parked", "located", "placed", "positioned", "situated", "set", "kept"]


def _middle(colours: list[str], clues: list[tuple[str, str]]) -> str | None:
    """The colour in the middle in every order where each (a, b) has a left of b; None when it varies."""
    middles = {order[1] for order in permutations(colours) if all(order.index(a) < order.index(b) for a, b in clues)}
    return middles.pop() if len(middles) == 1 else None


def _puzzle(rng: random.Random) -> tuple[str, str | None, str]:
    thing = rng.choice(OBJECTS)
    colours = rng.sample(COLOURS, 3)
    order = rng.sample(colours, 3)
    clues = [(order[0], order[1]), (order[1], order[2])] if rng.random() < 0.7 else [(order[0], order[2])]
    sentences = []
    for a, b in rng.sample(clues, len(clues)):
        verb = rng.choice(["is", "was"])
        placed = rng.choice(PARTICIPLES)
        if rng.random() < 0.5:
            sentences.append(f"The {a} {thing} {verb} {placed} to the left of the {b} {thing}.")
        else:
            sentences.append(f"The {b} {thing} {verb} {placed} to the right of the {a} {thing}.")
    middle = _middle(colours, clues)
    text = " ".join(sentences) + f" Which {thing} is in the middle?"
    return text, None if middle is None else f"the {middle} {thing}", thing


@pytest.mark.parametrize("seed", range(4))
def test_positions_said_with_a_participle_of_placing(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3):
        text, expected, _ = _puzzle(rng)
        verdict = solve(text)
        if expected is None or len(set(c for c in COLOURS if c in text)) < 3:
            assert verdict.status != "verified" or verdict.answer == expected, (text, verdict.answer)
        else:
            assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason, verdict.unparsed)


@pytest.mark.parametrize("sentence", ["The car is parked.", "The car was parked by Ann.", "The box is kept secret."])
def test_a_participle_without_a_place_stays(sentence: str) -> None:
    assert without_placement_participle(sentence) == sentence
