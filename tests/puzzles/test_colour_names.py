"""Things named only by their colours in the clues ("Three houses stand in a row. The green house is ... What color
is the house in the middle?"): one thing of each colour the clues name, when they name as many colours as there are
things (`colour_names.py`).

Fresh counts, colours, nouns, clue orders and wordings; every arrangement is tried here to key the answer."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

COLOURS = ["red", "blue", "green", "yellow", "white", "black"]
THINGS = [("houses", "house"), ("cars", "car"), ("doors", "door"), ("boxes", "box"), ("tents", "tent")]
COUNT = {3: "Three", 4: "Four"}
OPENINGS = ["{count} {things} stand in a row.", "There are {count_low} {things} in a row.",
            "{count} {things} are side by side."]


def _clue(rng: random.Random, colours: list[str], thing: str) -> tuple[str, object]:
    a, b = rng.sample(colours, 2)
    kind = rng.choice(["right_of", "left_end", "right_end", "next_to", "left_of", "not_end"])
    if kind == "right_of":
        return f"The {a} {thing} is immediately to the right of the {b} {thing}.", lambda p: p[a] == p[b] + 1
    if kind == "left_of":
        return f"The {a} {thing} is somewhere to the left of the {b} {thing}.", lambda p: p[a] < p[b]
    if kind == "left_end":
        return f"The {a} {thing} is on the far left.", lambda p: p[a] == 0
    if kind == "right_end":
        return f"The {a} {thing} is at the right end.", lambda p: p[a] == len(p) - 1
    if kind == "next_to":
        return f"The {a} {thing} is next to the {b} {thing}.", lambda p: abs(p[a] - p[b]) == 1
    return f"The {a} {thing} is not at either end.", lambda p: 0 < p[a] < len(p) - 1


def _puzzle(seed: int) -> tuple[str, str] | None:
    for attempt in range(20):
        made = _drawn(random.Random(seed * 100 + attempt))
        if made is not None:
            return made
    return None


def _drawn(rng: random.Random) -> tuple[str, str] | None:
    size = rng.choice([3, 4])
    colours = rng.sample(COLOURS, size)
    things, thing = rng.choice(THINGS)
    clues: list[tuple[str, object]] = []
    for _ in range(8):
        clue = _clue(rng, colours, thing)
        if clue[0] in [text for text, _ in clues]:
            continue
        clues.append(clue)
        rows = [dict(zip(order, range(size))) for order in itertools.permutations(colours)]
        rows = [p for p in rows if all(test(p) for _, test in clues)]
        if not rows:
            return None
        mentioned = {c for text, _ in clues for c in colours if f"the {c} {thing}" in text.lower()}
        if len(rows) == 1 and mentioned == set(colours):
            place = rng.choice(["on the far left", "at the right end"] + (["in the middle"] if size == 3 else []))
            index = {"on the far left": 0, "at the right end": size - 1, "in the middle": 1}[place]
            answer = next(c for c, i in rows[0].items() if i == index)
            opening = rng.choice(OPENINGS).format(count=COUNT[size], count_low=COUNT[size].lower(), things=things)
            texts = [text for text, _ in clues]
            rng.shuffle(texts)
            before = {"on the far left": "leftmost", "at the right end": "rightmost", "in the middle": "middle"}[place]
            question = rng.choice([f"What color is the {thing} {place}?", f"What colour is the {thing} {place}?",
                                   f"What colour {thing} is {place}?", f"What colour is the {before} {thing}?"])
            return " ".join([opening, *texts, question]), f"the {answer} {thing}"
    return None


@pytest.mark.parametrize("seed", range(40))
def test_things_named_by_colour_in_the_clues_alone(seed):
    made = _puzzle(seed)
    if made is None:
        pytest.skip("the drawn clues did not settle one arrangement")
    text, expected = made
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason)


@pytest.mark.parametrize("seed", range(8))
def test_fewer_colours_than_things_are_not_read_as_one_each(seed):
    rng = random.Random(seed)
    a, b = rng.sample(COLOURS, 2)
    text = (f"Three houses stand in a row. The {a} house is on the far left. The {b} house is immediately to the "
            f"right of the {a} house. What colour is the house at the right end?")
    assert solve(text).status != "verified", text


def test_colours_listed_as_a_grid_are_not_asked_as_a_place():
    """Regression: "Three houses stand in a row: red, green and blue, in some order. ... What colour is the house in
    the middle?" was answered "house 2" (asked as "Which house is in the middle?" of a grid whose houses are
    places): the colour asked is never answered with a place."""
    text = ("Three houses stand in a row: red, green and blue, in some order. The red house is left of the green "
            "house. The blue house is right of the green house. What colour is the house in the middle?")
    verdict = solve(text).to_dict()
    assert verdict["status"] != "verified" or verdict["answer"] in ("green", "the green house"), verdict
