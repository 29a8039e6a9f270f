"""Whether the statements can all hold ("Is this possible?", "Can both statements be true?", "Are these statements
consistent?"): "no" with the clashing sentences when they contradict, "yes" when some situation makes them all true.
It abstained ("the question asks about 'possible'"). Fresh names, properties, rule shapes and question wordings;
the expected answer is worked out here from the rule's logic."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Aurelio", "Brisa", "Caspian", "Delphine", "Eamon"]
PAIRS = [("sings", "dances", "sing", "dance"), ("swims", "cycles", "swim", "cycle"),
         ("paints", "sculpts", "paint", "sculpt"), ("cooks", "bakes", "cook", "bake")]
QUESTIONS = ["Is this possible?", "Is that possible?", "Can all of these be true?", "Are these statements consistent?",
             "Is this situation possible?", "Can this happen?"]


@pytest.mark.parametrize("seed", range(20))
def test_a_rule_and_facts_that_clash_or_not(seed):
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    does_a, does_b, a, b = rng.choice(PAIRS)
    rule = rng.choice([f"Everyone who {does_a} {does_b}.", f"If someone {does_a}, they {b}.",
                       f"All people who {a} also {b}."])
    does = rng.random() < 0.5
    denies = rng.random() < 0.5
    facts = [f"{name} {does_a}." if does else f"{name} does not {a}.",
             f"{name} does not {b}." if denies else f"{name} {does_b}."]
    rng.shuffle(facts)
    text = f"{rule} {' '.join(facts)} {rng.choice(QUESTIONS)}"
    expected = "no" if does and denies else "yes"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason)


@pytest.mark.parametrize("seed", range(8))
def test_an_order_that_loops_is_not_possible(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, rng.randint(2, 4))
    loops = rng.random() < 0.5
    chain = [f"{x} is taller than {y}." for x, y in zip(people, people[1:])]
    if loops:
        chain.append(f"{people[-1]} is taller than {people[0]}.")
    rng.shuffle(chain)
    text = f"{' '.join(chain)} {rng.choice(QUESTIONS)}"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == ("no" if loops else "yes"), (text, verdict.reason)


def test_two_colours_said_of_one_thing_are_not_called_consistent():
    text = "All cats are black. Tom is a cat. Tom is white. Is this possible?"
    assert solve(text).status != "verified"


@pytest.mark.parametrize("seed", range(12))
def test_speeches_that_can_or_cannot_all_hold(seed):
    rng = random.Random(seed)
    a, b = rng.sample(NAMES, 2)
    fact = rng.choice(["knight", "knave"])
    said_by_a, said_by_b = rng.choice(["knight", "knave"]), rng.choice(["knight", "knave"])
    text = (f"Knights always tell the truth and knaves always lie. {a} is a {fact}. {a} says \"{b} is a {said_by_a}.\" "
            f"{b} says \"{a} is a {said_by_b}.\" {rng.choice(QUESTIONS)}")
    possible = False
    for kind_b in ("knight", "knave"):
        a_true = (kind_b == said_by_a) == (fact == "knight")
        b_true = (fact == said_by_b) == (kind_b == "knight")
        possible |= a_true and b_true
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == ("yes" if possible else "no"), (text, verdict.reason)


@pytest.mark.parametrize("seed", range(8))
def test_two_kinds_of_one_thing_or_kin_by_age_are_not_called_consistent(seed):
    """"Sam has a cat named Tom. Tom is a dog. Is this possible?" was "yes" (cat and dog read as unrelated), and so
    was "Sam has a son named Tom. Tom is older than Sam."; both now abstain. A rule relating the kinds keeps "yes"."""
    rng = random.Random(seed)
    owner, pet = rng.sample(NAMES, 2)
    first, second = rng.sample(["cat", "dog", "rabbit", "parrot", "hamster"], 2)
    clash = f"{owner} has a {first} named {pet}. {pet} is a {second}. {rng.choice(QUESTIONS)}"
    assert solve(clash).status != "verified", clash
    kin = rng.choice(["son", "daughter"])
    aged = f"{owner} has a {kin} named {pet}. {pet} is older than {owner}. {rng.choice(QUESTIONS)}"
    assert solve(aged).status != "verified", aged
    related = f"All {first}s are animals. {pet} is a {first}. {pet} is an animal. {rng.choice(QUESTIONS)}"
    verdict = solve(related)
    assert verdict.status == "verified" and verdict.answer == "yes", (related, verdict.reason)
