"""Generated ages and counts of named people, checked by exact arithmetic along the chain they were drawn from.

"N years older / younger than", "twice / three times / half as old as", "N more / fewer X than", "twice as many X
as", fixed by "is 10", "is 10 years old", "has 4 apples"; the facts in any order; a chain that leaves the asked
amount free, or makes an amount negative, is never answered.
"""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bob", "Cal", "Dee", "Eve", "Fred", "Gia", "Hal"]
THINGS = [("apple", "apples"), ("marble", "marbles"), ("book", "books"), ("card", "cards")]


def _link(rng: random.Random, a: str, b: str, thing: str | None) -> tuple[str, object]:
    """A sentence relating a to b, and how a's amount follows from b's."""
    n = rng.randint(1, 9)
    if rng.random() < 0.3:
        word, k = rng.choice([("twice", 2), ("three times", 3), ("half", Fraction(1, 2))])
        said = f"{a} is {word} as old as {b}." if thing is None else f"{a} has {word} as many {thing} as {b}."
        return said, lambda x, k=k: x * k
    up = rng.random() < 0.5
    if thing is None:
        said = f"{a} is {n} year{'s' if n > 1 else ''} {'older' if up else 'younger'} than {b}."
    else:
        said = f"{a} has {n} {'more' if up else 'fewer'} {thing} than {b}."
    return said, lambda x, n=n, up=up: x + n if up else x - n


@pytest.mark.parametrize("seed", range(20))
def test_a_chain_of_amounts_gives_the_exact_one(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, rng.choice([2, 3]))
    thing = None if rng.random() < 0.5 else rng.choice(THINGS)[1]
    base = rng.randint(5, 30)
    values = {people[-1]: Fraction(base)}
    facts = []
    for a, b in reversed(list(zip(people, people[1:]))):
        said, rule = _link(rng, a, b, thing)
        values[a] = rule(values[b])
        facts.append(said)
    if thing is None:
        facts.append(rng.choice([f"{people[-1]} is {base}.", f"{people[-1]} is {base} years old."]))
    else:
        facts.append(f"{people[-1]} has {base} {thing}.")
    rng.shuffle(facts)
    asked = rng.choice(people)
    question = f"How old is {asked}?" if thing is None else f"How many {thing} does {asked} have?"
    verdict = solve(" ".join(facts) + " " + question)
    if any(v < 0 for v in values.values()):
        assert verdict.status != "verified"
        return
    expected = values[asked]
    assert verdict.status == "verified"
    assert verdict.answer == (int(expected) if expected.denominator == 1 else str(expected))


def test_an_amount_the_facts_leave_free_is_not_answered():
    verdict = solve("Ann is 3 years older than Bob. Cal is 10. How old is Ann?")
    assert verdict.status != "verified"
