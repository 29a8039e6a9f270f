"""Nouns said once for two or more things: "a red, a blue and a green one" (the scene's things), and "between the red
and blue books" / "between the red and the blue book" (two things). The first counted eight names for four books, the
second was not understood (`scene.py`, `noun_ellipsis.py`).

Fresh counts, colours, nouns and clue orders; every arrangement is tried here to key the answer."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

COLOURS = ["red", "blue", "green", "yellow", "white"]
THINGS = [("books", "book", "on a shelf"), ("cars", "car", "in a row"), ("houses", "house", "in a row")]
COUNT = {3: "three", 4: "four", 5: "five"}


def _puzzle(seed: int) -> tuple[str, str] | None:
    for attempt in range(40):
        rng = random.Random(seed * 100 + attempt)
        size = rng.choice([3, 4, 5])
        colours = rng.sample(COLOURS, size)
        things, thing, place = rng.choice(THINGS)
        a, b, c = rng.sample(colours, 3)
        between = rng.choice([f"The {a} {thing} is between the {b} and {c} {things}.",
                              f"The {a} {thing} is between the {b} and the {c} {thing}."])
        clues = [(between, lambda p, a=a, b=b, c=c: min(p[b], p[c]) < p[a] < max(p[b], p[c]))]
        for _ in range(5):
            x, y = rng.sample(colours, 2)
            kind = rng.choice(["left", "end", "next"])
            if kind == "left":
                clues.append((f"The {x} {thing} is to the left of the {y} {thing}.",
                              lambda p, x=x, y=y: p[x] < p[y]))
            elif kind == "end":
                clues.append((f"The {x} {thing} is on the far right.", lambda p, x=x: p[x] == len(p) - 1))
            else:
                clues.append((f"The {x} {thing} is next to the {y} {thing}.",
                              lambda p, x=x, y=y: abs(p[x] - p[y]) == 1))
            rows = [dict(zip(order, range(size))) for order in itertools.permutations(colours)]
            rows = [p for p in rows if all(test(p) for _, test in clues)]
            if not rows:
                break
            if len({next(c for c, i in p.items() if i == 0) for p in rows}) == 1:
                first = next(c for c, i in rows[0].items() if i == 0)
                listed = ", ".join(f"a {c}" for c in colours[:-1]) + f" and a {colours[-1]} one"
                texts = [text for text, _ in clues]
                rng.shuffle(texts)
                opening = f"There are {COUNT[size]} {things} {place}: {listed}."
                return " ".join([opening, *texts, f"Which {thing} is on the far left?"]), f"the {first} {thing}"
    return None


@pytest.mark.parametrize("seed", range(24))
def test_nouns_said_once_for_several_things(seed):
    made = _puzzle(seed)
    if made is None:
        pytest.skip("no drawn clues fixed the far left")
    text, expected = made
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason,
                                                                         verdict.unparsed)
