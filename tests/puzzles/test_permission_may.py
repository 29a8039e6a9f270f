"""Permission with "may" (`permission.py`): "Employees who work overtime may take a day off. Dana is an employee who
works overtime. So Dana may take a day off." abstained ("may" was a hedge). "may" and its verb phrase are one
predicate of their own; fresh policies ("Xs who P may Q", "Only Xs who P may Q") are checked against their truth
tables over P and "may Q", and what "may" does not say stays unproved: "may Q" never gives Q, and "may not" / "may
be" stay hedges."""

from __future__ import annotations

import itertools
import random

import pytest

import agentlib

KINDS = [("employees", "an employee"), ("members", "a member"), ("students", "a student"), ("guests", "a guest")]
# (base, third person): the condition P
CONDITIONS = [("work overtime", "works overtime"), ("pay the fee", "pays the fee"), ("finish the course",
              "finishes the course"), ("sign the form", "signs the form")]
GRANTS = ["take a day off", "use the pool", "park in the garage", "borrow a laptop"]
NAMES = ["Dana", "Raj", "Lena", "Omar", "Ines"]


@pytest.mark.parametrize("seed", range(16))
def test_a_policy_with_may_is_decided_by_its_truth_table(seed):
    rng = random.Random(seed)
    (kinds, one), (base, third), grant, name = (rng.choice(KINDS), rng.choice(CONDITIONS), rng.choice(GRANTS),
                                                rng.choice(NAMES))
    only = rng.random() < 0.5
    rule = f"{'Only ' + kinds if only else kinds.capitalize()} who {base} may {grant}."
    # the named person is one of the kind; p: the condition, q: "may" the grant
    literals = [("p", True), ("p", False), ("q", True)]  # "may not" is a hedge: its own test below
    facts = rng.choice(literals)
    goal = rng.choice([g for g in literals if g[0] != facts[0]])
    said = {("p", True): f"{name} {third}", ("p", False): f"{name} does not {base}", ("q", True): f"{name} may {grant}"}
    text = f"{rule} {name} is {one}. {said[facts]}. So {said[goal]}."

    def rule_holds(p: bool, q: bool) -> bool:
        return (not q or p) if only else (not p or q)

    worlds = [(p, q) for p, q in itertools.product([True, False], repeat=2)
              if rule_holds(p, q) and {"p": p, "q": q}[facts[0]] == facts[1]]
    valid = all({"p": p, "q": q}[goal[0]] == goal[1] for p, q in worlds)
    verdict = agentlib.analyze(text)
    assert (verdict.status, verdict.answer) == ("verified", "valid" if valid else "invalid"), (text, verdict.reason)


@pytest.mark.parametrize("text", [
    "Employees who work overtime may take a day off. Dana works overtime. So Dana takes a day off.",
    "Dana may take a day off. So Dana takes a day off.",
    "Dana takes a day off. So Dana may take a day off.",
    "Ann may leave. Ann may not leave. So the sky is green.",
    "Bo may be at home. If Bo is at home, the lights are on. So the lights are on.",
])
def test_what_may_does_not_say_is_never_proved(text):
    verdict = agentlib.analyze(text)
    assert verdict.status == "abstained" or verdict.answer == "invalid", (text, verdict.answer)
