"""Comparisons closed by an auxiliary ("older than Bo is", "ran faster than Cy did") and equal measures named by a
noun ("the same age as Di", "Ann and Bo are the same height"), checked against brute force: random ages for fresh
names, a random subset of the facts stated in the spellings, and every question answered from the order the facts
force (yes / no where every assignment of ages consistent with them agrees, else "cannot be determined").

Traps stay unread: "taller than Bo thinks" (a belief) and "older than Bo was" (Bo at another time).
"""

from __future__ import annotations

import random
from itertools import product

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Cy", "Di", "Eli", "Fay", "Gus", "Hal", "Ida", "Jon"]
SCALES = [("older", "age", "is"), ("taller", "height", "is")]


def _forced(people: list[str], facts: list[tuple[str, str, str]], x: str, y: str) -> str:
    """Brute force over ages 0..len-1: is x above y in every assignment that keeps the facts, in none, or in some?"""
    seen = set()
    for values in product(range(len(people)), repeat=len(people)):
        v = dict(zip(people, values))
        if all(v[a] > v[b] if op == ">" else v[a] == v[b] for a, op, b in facts):
            seen.add(v[x] > v[y])
    return "yes" if seen == {True} else "no" if seen == {False} else "cannot be determined"


@pytest.mark.parametrize("seed", range(8))
def test_closed_comparisons_and_equal_measures_against_brute_force(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, 4)
    word, noun, _ = rng.choice(SCALES)
    value = {p: rng.randrange(3) for p in people}
    facts: list[tuple[str, str, str]] = []
    said: list[str] = []
    for a, b in rng.sample([(a, b) for a in people for b in people if a < b], 4):
        if value[a] == value[b]:
            facts.append((a, "=", b))
            said.append(rng.choice([f"{a} is the same {noun} as {b}.", f"{a} and {b} are the same {noun}."]))
        else:
            hi, lo = (a, b) if value[a] > value[b] else (b, a)
            facts.append((hi, ">", lo))
            said.append(rng.choice([f"{hi} is {word} than {lo} is.", f"{hi} is {word} than {lo}."]))
    x, y = rng.sample(people, 2)
    expected = _forced(people, facts, x, y)
    verdict = solve(" ".join(said) + f" Is {x} {word} than {y}?")
    assert verdict.status == "verified" and verdict.answer == expected, (said, x, y, verdict.reason)


@pytest.mark.parametrize("seed", range(4))
def test_a_closed_comparison_with_a_verb(seed):
    rng = random.Random(seed)
    a, b, c = rng.sample(NAMES, 3)
    text = f"{a} ran faster than {b} did. {b} ran faster than {c} did. So {a} ran faster than {c}."
    analysis = _analyze(text)
    assert analysis.status == "verified" and analysis.answer == "valid", analysis.reason
    analysis = _analyze(f"{a} runs faster than {b} does. So {b} runs faster than {a}.")
    assert analysis.status == "verified" and analysis.answer == "invalid", analysis.reason


@pytest.mark.parametrize("trap", ["{a} is taller than {b} thinks. So {a} is taller than {b}.",
                                  "{a} is older than {b} was. So {a} is older than {b}."])
def test_a_belief_or_another_time_after_than_is_never_read_as_the_person(trap):
    a, b = random.Random(len(trap)).sample(NAMES, 2)
    analysis = _analyze(trap.format(a=a, b=b))
    assert analysis.status != "verified" or analysis.answer == "invalid"


@pytest.mark.parametrize("seed", range(4))
def test_the_same_measure_asked(seed):
    rng = random.Random(seed)
    a, b, c = rng.sample(NAMES, 3)
    word, noun, _ = rng.choice(SCALES)
    chain = rng.random() < 0.5
    facts = [(a, "=", b), (b, "=", c) if chain else (b, ">", c)]
    said = [f"{a} is the same {noun} as {b}.", f"{b} is the same {noun} as {c}." if chain else
            f"{b} is {word} than {c}."]
    equal = {v for v in ("yes", "no") if all(  # brute force: a = c in every model of the facts, or in none
        (x == z) == (v == "yes") for x, y, z in product(range(3), repeat=3)
        if all((x, y, z)[[a, b, c].index(p)] > (x, y, z)[[a, b, c].index(q)] if op == ">" else
               (x, y, z)[[a, b, c].index(p)] == (x, y, z)[[a, b, c].index(q)] for p, op, q in facts))}
    verdict = solve(" ".join(said) + f" Is {a} the same {noun} as {c}?")
    assert verdict.status == "verified" and verdict.answer == equal.pop(), verdict.reason
