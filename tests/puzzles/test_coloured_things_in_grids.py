"""A grid whose attribute is the colour of a worn thing: "Anna, Beth and Cleo each wear a different color shirt: red,
blue or green. Anna's shirt isn't red. Beth wears the blue shirt. What color is Cleo's shirt?". The thing ("shirt")
was an unknown word in every clue, and "a different coloured hat" named the category "colored", which no question
asked of (`grid.py`: the thing is said as its category).

Fresh names, things, colours, clue forms and questions; every assignment is tried here to key the answer."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Anneke", "Bastian", "Coralie", "Dmitri"]
THINGS = ["shirt", "hat", "scarf", "jacket", "cap"]
COLOURS = ["red", "blue", "green", "yellow", "white"]
HEADS = ["a different color {thing}", "a different colour {thing}", "a different colored {thing}",
         "a different coloured {thing}"]


def _clue(rng: random.Random, people: list[str], colours: list[str], thing: str):  # noqa: ANN202
    who, colour = rng.choice(people), rng.choice(colours)
    return rng.choice([
        (f"{who}'s {thing} is {colour}.", lambda s: s[who] == colour),
        (f"{who}'s {thing} isn't {colour}.", lambda s: s[who] != colour),
        (f"{who} wears the {colour} {thing}.", lambda s: s[who] == colour),
        (f"{who} does not wear the {colour} {thing}.", lambda s: s[who] != colour),
    ])


def _puzzle(seed: int) -> tuple[str, str] | None:
    for attempt in range(30):
        rng = random.Random(seed * 100 + attempt)
        size = rng.choice([3, 4])
        people, colours, thing = rng.sample(NAMES, size), rng.sample(COLOURS, size), rng.choice(THINGS)
        clues: list = []
        for _ in range(6):
            clues.append(_clue(rng, people, colours, thing))
            spreads = [dict(zip(people, order)) for order in itertools.permutations(colours)]
            spreads = [s for s in spreads if all(test(s) for _, test in clues)]
            if not spreads:
                break
            if len(spreads) == 1:
                spread = spreads[0]
                asked = rng.choice(people)
                question, answer = rng.choice([
                    (f"What color is {asked}'s {thing}?", spread[asked]),
                    (f"What colour is {asked}'s {thing}?", spread[asked]),
                    (f"Who wears the {spread[asked]} {thing}?", asked),
                ])
                listed = ", ".join(colours[:-1]) + f" or {colours[-1]}"
                head = rng.choice(HEADS).format(thing=thing)
                cast = ", ".join(people[:-1]) + f" and {people[-1]}"
                return f"{cast} each wear {head}: {listed}. {' '.join(t for t, _ in clues)} {question}", answer
    return None


@pytest.mark.parametrize("seed", range(30))
def test_the_colour_of_a_worn_thing(seed):
    made = _puzzle(seed)
    if made is None:
        pytest.skip("no drawn clues settled one assignment")
    text, expected = made
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason,
                                                                         verdict.unparsed)
