"""A place named after a verb of going ("moves to Spain", "flies to Rome"): the name was read as a person inside a
predicate and the sentence was not read. Fresh people, places and verbs in rules, keyed by the rule: modus ponens
"yes", modus tollens "no", the consequent affirmed "cannot be determined"; another place is never the same one.
"""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

PEOPLE = ["Max", "Ines", "Kofi", "Lena", "Ravi", "Tess"]
PLACES = ["Spain", "Rome", "Oslo", "Peru", "Kenya", "Lisbon"]
VERBS = [("moves", "move"), ("flies", "fly"), ("travels", "travel"), ("drives", "drive"), ("goes", "go")]
CAUSES = [("wins the lottery", "win the lottery"), ("sells the house", "sell the house"),
          ("gets the job", "get the job"), ("retires", "retire")]


@pytest.mark.parametrize("seed", range(10))
def test_a_place_after_a_verb_of_going_is_read_in_rules(seed):
    rng = random.Random(seed)
    name, (place, other), (verbs, verb), (cause, cause_plain) = (rng.choice(PEOPLE), rng.sample(PLACES, 2),
                                                                 rng.choice(VERBS), rng.choice(CAUSES))
    rule = f"If {name} {cause}, {name} {verbs} to {place}."
    cases = [(f"{rule} {name} {cause}. Does {name} {verb} to {place}?", "yes"),
             (f"{rule} {name} does not {verb} to {place}. Does {name} {cause_plain}?", "no"),
             (f"{rule} {name} {verbs} to {place}. Does {name} {cause_plain}?", "cannot be determined")]
    for text, expected in cases:
        verdict = solve(text)
        assert (verdict.status, verdict.answer) == ("verified", expected), text
    elsewhere = solve(f"{name} {verbs} to {place}. Does {name} {verb} to {other}?")
    assert elsewhere.answer != "yes"
