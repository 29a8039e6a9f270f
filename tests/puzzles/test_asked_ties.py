"""Whether two people are the same height ("Are they the same height?", "Are Bo and Cy the same age?") after
comparisons that may leave them tied, checked against brute force over values with ties allowed: heights are
numbers, so neither being taller than the other makes them equal (a total order), and nothing less does.

Before this module (round 33): "Are they the same height?" and "Are Ann and Bo the same height?" were not read
(abstained), and "Is Bo as tall as Cy?" after "Ann is taller than Bo. Ann is taller than Cy." answered "no" (the
strict ranking of puzzles forbade the tie asked about: a verified wrong answer).
"""

from __future__ import annotations

import random
from itertools import product

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Cy", "Di", "Eli", "Fay", "Gus", "Hal", "Ida", "Jon", "Kit", "Lev"]
SCALES = [("taller", "shorter", "tall", "height"), ("older", "younger", "old", "age"),
          ("heavier", "lighter", "heavy", "weight")]


def _equal(people: list[str], facts: list[tuple[str, str, str]], x: str, y: str) -> str:
    """Brute force over values 0..n-1, ties allowed: are x and y equal in every assignment keeping the facts?"""
    seen = set()
    for values in product(range(len(people)), repeat=len(people)):
        v = dict(zip(people, values))
        ops = {">": lambda a, b: a > b, "<=": lambda a, b: a <= b, "==": lambda a, b: a == b}
        if all(ops[op](v[a], v[b]) for a, op, b in facts):
            seen.add(v[x] == v[y])
    return "yes" if seen == {True} else "no" if seen == {False} else "cannot be determined"


def _said(a: str, op: str, b: str, words: tuple[str, str, str, str], rng: random.Random) -> str:
    more, less, adjective, noun = words
    if op == ">":
        return rng.choice([f"{a} is {more} than {b}.", f"{b} is {less} than {a}."])
    if op == "<=":
        return rng.choice([f"{a} is not {more} than {b}.", f"{b} is not {less} than {a}."])
    return rng.choice([f"{a} is as {adjective} as {b}.", f"{a} is the same {noun} as {b}."])


@pytest.mark.parametrize("seed", range(16))
def test_same_measure_asked_against_brute_force(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, rng.choice([2, 3]))
    words = rng.choice(SCALES)
    value = {p: rng.randrange(2) for p in people}
    facts: list[tuple[str, str, str]] = []
    for a, b in rng.sample([(a, b) for a in people for b in people if a != b], len(people)):
        if value[a] > value[b]:
            facts.append((a, ">", b))
        elif value[a] == value[b] and rng.random() < 0.3:
            facts.append((a, "==", b))
        else:
            facts.append((a, "<=", b))
    x, y = rng.sample(people, 2)
    if len(people) == 2 and rng.random() < 0.5:
        question = f"Are they the same {words[3]}?"
    else:
        question = f"Are {x} and {y} the same {words[3]}?"
    text = " ".join(_said(a, op, b, words, rng) for a, op, b in facts) + " " + question
    expected = _equal(people, facts, x, y)
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, expected, verdict.reason)


def test_a_tie_asked_is_not_ruled_out_by_a_strict_ranking():
    rng = random.Random(7)
    a, b, c = rng.sample(NAMES, 3)
    for question in (f"Is {b} as tall as {c}?", f"Are {b} and {c} the same height?"):
        verdict = solve(f"{a} is taller than {b}. {a} is taller than {c}. {question}")
        assert verdict.status == "verified" and verdict.answer == "cannot be determined", verdict.reason
