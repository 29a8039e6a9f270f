""""Who is in the middle?" of people compared on one scale, with no row ("Zoe is shorter than Yan. Xi is taller
than Yan."): the one with as many people strictly above as below, by brute force over every order the comparisons
allow, on fresh names, scales and clue sets; an open middle or a tie abstains."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Zoe", "Yan", "Xi", "Wil", "Val", "Uri", "Tam", "Sid"]
SCALES = [("taller", "shorter"), ("older", "younger"), ("heavier", "lighter")]


def _middles(people: list[str], pairs: list[tuple[str, str]]) -> set[str]:
    return {order[len(order) // 2] for order in permutations(people)
            if all(order.index(a) < order.index(b) for a, b in pairs)}


@pytest.mark.parametrize("seed", range(4))
def test_the_middle_of_a_comparison(seed: int) -> None:
    rng = random.Random(seed)
    for size in (3, 5):
        people = rng.sample(NAMES, size)
        order = rng.sample(people, size)  # top first
        pairs = [(order[k], order[k + 1]) for k in range(size - 1)]
        if rng.random() < 0.3:
            pairs.pop(rng.randrange(len(pairs)))  # sometimes the middle is left open
        more, less = rng.choice(SCALES)
        said = [f"{a} is {more} than {b}." if rng.random() < 0.5 else f"{b} is {less} than {a}." for a, b in pairs]
        rng.shuffle(said)
        text = " ".join(said) + " Who is in the middle?"
        middles = _middles(people, pairs)
        verdict = solve(text)
        if len(middles) == 1 and all(p in text.replace("Who is in the middle?", "") for p in people):
            assert (verdict.status, verdict.answer) == ("verified", middles.pop()), (text, verdict.reason)
        else:
            assert verdict.status == "abstained", (text, verdict.answer)


def test_a_tie_leaves_no_middle() -> None:
    verdict = solve("Ann is taller than Bob. Bob is as tall as Cy. Who is in the middle?")
    assert verdict.status == "abstained"
