"""A relative clause after a name says a second thing about that person ("Kay is older than Lou, who is older than
Moe"): chains of such clauses over fresh names, scales and orders, answered by brute force over every order; and a
cast listed between dashes without "and" ("Four friends - Amy, Ben, Cal, Dot - each like ...")."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.nonrestrictive_relatives import unfold_nonrestrictive

NAMES = ["Kay", "Lou", "Moe", "Ned", "Ora", "Pat", "Rue", "Sol", "Tex"]
SCALES = [("older", "oldest", "youngest"), ("taller", "tallest", "shortest"), ("faster", "fastest", "slowest")]


@pytest.mark.parametrize("seed", range(4))
def test_chains_of_relative_clauses(seed: int) -> None:
    rng = random.Random(seed)
    for size in (3, 4):
        people = rng.sample(NAMES, size)
        word, top, bottom = rng.choice(SCALES)
        text = f"{people[0]} is {word} than {people[1]}" + "".join(f", who is {word} than {p}" for p in people[2:])
        asked_top = rng.random() < 0.5
        question = f"Who is the {top if asked_top else bottom}?"
        orders = [o for o in permutations(people) if all(o.index(a) < o.index(b) for a, b in zip(people, people[1:]))]
        expected = orders[0][0] if asked_top else orders[0][-1]
        verdict = solve(f"{text}. {question}")
        assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason, verdict.unparsed)


@pytest.mark.parametrize("sentence", ["Everyone who studies passes.", "Is Kay, who is tall, older than Lou?",
                                      "The student who won is tall."])
def test_restrictive_clauses_and_questions_stay(sentence: str) -> None:
    assert unfold_nonrestrictive(sentence) == [sentence]


@pytest.mark.parametrize("seed", range(3))
def test_a_cast_between_dashes_without_and(seed: int) -> None:
    rng = random.Random(seed)
    people = rng.sample(NAMES, 3)
    fruits = rng.sample(["apple", "banana", "cherry", "date", "fig"], 3)
    truth = dict(zip(people, fruits))
    text = (f"Three friends - {', '.join(people)} - each like a different fruit: {', '.join(fruits)}. "
            f"{people[0]} likes {truth[people[0]]}. {people[1]} doesn't like {truth[people[2]]}. "
            f"What does {people[2]} like?")
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", truth[people[2]]), (text, verdict.reason)
