"""A letter grade as the thing one gets ("If Oscar gets an A, he gets a phone.", "Mia got a B+."): both sentences
were "not understood" (the capital letter read as a name or an article). Fresh names, grades, verbs, rewards and
argument forms, keyed by the truth table of the conditional."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Oscar", "Mia", "Tunde", "Hana", "Lior"]
GRADES = ["an A", "a B", "a C", "an A+", "a B-", "an F"]
REWARDS = [("gets a phone", "get a phone", "got a phone"), ("goes to the fair", "go to the fair", "went to the fair"),
           ("earns a prize", "earn a prize", "earned a prize")]
VERBS = [("gets", "get", "got"), ("earns", "earn", "earned"), ("receives", "receive", "received")]


@pytest.mark.parametrize("seed", range(18))
def test_a_letter_grade_is_a_thing_one_gets(seed):
    rng = random.Random(seed)
    name, grade, reward, verb = rng.choice(NAMES), rng.choice(GRADES), rng.choice(REWARDS), rng.choice(VERBS)
    rule = f"If {name} {verb[0]} {grade}, {name} {reward[0]}."
    fact_on = rng.choice(["grade", "reward"])
    fact_true = rng.random() < 0.5
    if fact_on == "grade":
        fact = f"{name} {verb[2]} {grade}." if fact_true else f"{name} did not {verb[1]} {grade}."
        question = f"Did {name} {reward[1]}?"
    else:
        fact = f"{name} {reward[2]}." if fact_true else f"{name} did not {reward[1]}."
        question = f"Did {name} {verb[1]} {grade}?"
    values = set()
    for g, r in itertools.product([False, True], repeat=2):
        if (not g or r) and (g if fact_on == "grade" else r) == fact_true:
            values.add(r if fact_on == "grade" else g)
    expected = "cannot be determined" if len(values) == 2 else ("yes" if values == {True} else "no")
    text = f"{rule} {fact} {question}"
    verdict = solve(text).to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", expected), text
