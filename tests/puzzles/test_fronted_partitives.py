"""A count with its group said first: "Of Kate, Liam and Mona, exactly one is a doctor.", "Among them, at least one
...", "Out of A, B and C, none ...". Fresh groups, counts, facts and questions, each keyed by brute force over who
has the property; before, the fronted sentence was "not understood" and every puzzle abstained."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Kate", "Liam", "Mona", "Nils", "Orla", "Pavel", "Quinn", "Rhea"]
ROLES = [("a doctor", "doctors"), ("a vegetarian", "vegetarians"), ("a nurse", "nurses"), ("a pilot", "pilots")]
COUNTS = {"exactly one": lambda n: n == 1, "at least one": lambda n: n >= 1, "at most one": lambda n: n <= 1,
          "only one": lambda n: n == 1, "none": lambda n: n == 0, "exactly two": lambda n: n == 2}
LEADS = ["Of", "Among", "Out of"]


def _answer(count_holds, facts, size, asked):
    """'yes' / 'no' / 'cannot be determined' / None (no assignment fits) over every assignment of the role."""
    values = {world[asked] for world in itertools.product([False, True], repeat=size)
              if count_holds(sum(world)) and all(world[i] == has for i, has in facts)}
    if not values:
        return None
    return "cannot be determined" if len(values) == 2 else ("yes" if values.pop() else "no")


@pytest.mark.parametrize("seed", range(24))
def test_a_fronted_count_reads_as_the_count_first(seed):
    rng = random.Random(seed)
    names = rng.sample(NAMES, rng.choice([3, 4]))
    one, many = rng.choice(ROLES)
    count = rng.choice(sorted(COUNTS))
    facts = [(i, rng.random() < 0.3) for i in rng.sample(range(len(names)), len(names) - 2)]
    asked = rng.choice([i for i in range(len(names)) if i not in dict(facts)])
    answer = _answer(COUNTS[count], facts, len(names), asked)
    if answer is None:
        answer = _answer(COUNTS[count], facts[:-1], len(names), asked)
        facts = facts[:-1]
    group = ", ".join(names[:-1]) + " and " + names[-1]
    verb = "are" if count == "exactly two" else "is"
    role = many if count == "exactly two" else one
    opening = rng.choice([f"{group} are friends. {rng.choice(LEADS)} them, {count} {verb} {role}.",
                          f"{rng.choice(LEADS)} {group}, {count} {verb} {role}."])
    said = " ".join(f"{names[i]} is {one}." if has else f"{names[i]} is not {one}." for i, has in facts)
    text = f"{opening} {said} Is {names[asked]} {one}?"
    verdict = solve(text).to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", answer), text


@pytest.mark.parametrize("sentence", ["Of the three, exactly one is a doctor.",
                                      "Of Kate and Liam, only Kate is a doctor."])
def test_a_group_not_named_or_no_count_stays_as_typed(sentence):
    from agentlib.puzzles.english.fronted_partitives import counts_with_group_after

    assert counts_with_group_after(sentence) is None
