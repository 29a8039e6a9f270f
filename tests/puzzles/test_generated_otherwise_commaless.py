""""If A C, otherwise B" typed without the comma after the condition ("If it's sunny we go to the beach, otherwise we
go to the museum.") is "If A, C" and "Unless A, B", checked against the truth table of the two rules (nothing
makes C and B exclusive). Fresh subjects, verbs, facts and questions; before, the sentence was not understood
unless a comma followed the condition."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

SUBJECTS = ["Ana", "Bruno", "Chidi", "Dora", "Emil", "Fatima"]
VERBS = [("sings", "sing", "sang"), ("dances", "dance", "danced"), ("sleeps", "sleep", "slept"),
         ("reads", "read", "read"), ("swims", "swim", "swam"), ("cooks", "cook", "cooked")]


@pytest.mark.parametrize("seed", range(24))
def test_a_commaless_conditional_with_otherwise(seed):
    rng = random.Random(seed)
    p, q = rng.sample(SUBJECTS, 2)
    va, vc, vb = rng.sample(VERBS, 3)
    clauses = {"a": (p, va), "c": (q, vc), "b": (q, vb)}
    comma = rng.choice(["", ","])
    rule = f"If {p} {va[0]}{comma} {q} {vc[0]}, otherwise {q} {vb[0]}."
    fact_on, fact_true = rng.choice("abc"), rng.random() < 0.5
    asked = rng.choice([k for k in "abc" if k != fact_on])
    who, verb = clauses[fact_on]
    fact = f"{who} {verb[2]}." if fact_true else f"{who} did not {verb[1]}."
    values = set()
    for a, b, c in itertools.product([False, True], repeat=3):
        world = {"a": a, "b": b, "c": c}
        if (not a or c) and (a or b) and world[fact_on] == fact_true:
            values.add(world[asked])
    expected = "cannot be determined" if len(values) == 2 else ("yes" if values == {True} else "no")
    who, verb = clauses[asked]
    text = f"{rule} {fact} Did {who} {verb[1]}?"
    verdict = solve(text).to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", expected), text
