"""Roles or things listed against a cast "in some order" / "but not necessarily in that order": one each, which way
unknown, and yes/no questions about the grid ("Is Ravi the doctor?", "Does Sam own the fish?") answered by
entailment, checked against brute force over the assignments.

Regression: "Ravi, Sam and Tia are a doctor, a lawyer and a chef, in some order. Is Ravi a doctor?" was a verified
"yes" (and "Is Ravi a lawyer?" too): the list was read as said of each of them. A list of indefinite nouns after a
cast now gives one each, or is not read."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ka", "lo", "mi", "ru", "te", "sa", "no", "vi", "da", "pe", "zu", "ho"]
DISCLAIMERS = ["in some order", "in no particular order", "but not necessarily in that order", "not in that order",
               "in any order"]
ROLES = [["doctor", "lawyer", "chef"], ["pilot", "nurse", "baker"], ["singer", "painter", "farmer"]]
THINGS = [("own", "owns", "doesn't own", ["cat", "dog", "fish"]), ("drive", "drives", "doesn't drive",
                                                                       ["van", "truck", "bike"])]


def _names(rng: random.Random, n: int) -> list[str]:
    names: set[str] = set()
    while len(names) < n:
        names.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize())
    return sorted(names, key=lambda _: rng.random())


def _fitting(cast, values, facts):
    return [dict(zip(cast, p)) for p in permutations(values) if all(f(dict(zip(cast, p))) for f in facts)]


def _expected(worlds, person, value):
    held = {w[person] == value for w in worlds}
    return "yes" if held == {True} else "no" if held == {False} else "cannot be determined"


@pytest.mark.parametrize("seed", range(12))
def test_roles_in_some_order_answer_yes_no_questions(seed: int) -> None:
    rng = random.Random(seed)
    cast, roles = _names(rng, 3), rng.choice(ROLES)
    a, b, c = cast
    listed = f"a {roles[0]}, a {roles[1]} and a {roles[2]}"
    sentences = [f"{a} is not the {roles[2]}."] if rng.random() < 0.5 else []
    facts = [lambda w: w[a] != roles[2]] if sentences else []
    if rng.random() < 0.6:
        sentences.append(f"{c} is the {roles[1]}.")
        facts.append(lambda w: w[c] == roles[1])
    rng.shuffle(sentences)
    person, value = rng.choice(cast), rng.choice(roles)
    text = f"{a}, {b} and {c} are {listed}, {rng.choice(DISCLAIMERS)}. {' '.join(sentences)} Is {person} the {value}?"
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason)
    assert verdict.answer == _expected(_fitting(cast, roles, facts), person, value), text


@pytest.mark.parametrize("seed", range(8))
def test_things_in_some_order_answer_what_and_yes_no(seed: int) -> None:
    rng = random.Random(seed)
    cast = _names(rng, 3)
    a, b, c = cast
    verb, verb_s, negated, things = rng.choice(THINGS)
    facts = [lambda w: w[a] != things[2], lambda w: w[c] == things[1]]
    clues = f"{a} {negated} the {things[2]}. {c} {verb_s} the {things[1]}."
    head = f"{a}, {b} and {c} {verb} a {things[0]}, a {things[1]} and a {things[2]}, {rng.choice(DISCLAIMERS)}."
    worlds = _fitting(cast, things, facts)
    what = solve(f"{head} {clues} What does {b} {verb}?")
    assert what.status == "verified" and {what.answer} == {w[b] for w in worlds}, what.reason
    value = rng.choice(things)
    asked = solve(f"{head} {clues} Does {b} {verb} the {value}?")
    assert asked.status == "verified" and asked.answer == _expected(worlds, b, value), asked.reason


@pytest.mark.parametrize("seed", range(6))
def test_a_list_of_roles_is_never_said_of_each(seed: int) -> None:
    rng = random.Random(seed)
    cast, roles = _names(rng, 3), rng.choice(ROLES)
    a, b, c = cast
    tail = rng.choice(["", ", " + rng.choice(DISCLAIMERS), " " + rng.choice(DISCLAIMERS)])
    text = f"{a}, {b} and {c} are a {roles[0]}, a {roles[1]} and a {roles[2]}{tail}. Is {a} a {rng.choice(roles)}?"
    verdict = solve(text)
    assert verdict.answer != "yes", (text, verdict.reason)


def test_negative_and_choice_questions_are_not_read_as_yes_no() -> None:
    head = "Ravi, Sam and Tia own a cat, a dog and a fish, in some order. Tia owns the dog. Ravi doesn't own the fish."
    for question in ("Doesn't Sam own the fish?", "Does Sam own the fish or the cat?"):
        assert solve(f"{head} {question}").status == "abstained"


@pytest.mark.parametrize("seed", range(4))
def test_what_does_someone_do_asks_the_role(seed: int) -> None:
    rng = random.Random(seed)
    cast, roles = _names(rng, 3), rng.choice(ROLES)
    a, b, c = cast
    text = (f"{a}, {b} and {c} are a {roles[0]}, a {roles[1]} and a {roles[2]}. {a} is not the {roles[2]}. {c} is the "
            f"{roles[1]}. What does {b} do{rng.choice(['', ' for a living'])}?")
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", roles[2]), (text, verdict.reason)
    owned = solve(f"{a}, {b} and {c} own a cat, a dog and a fish, in some order. {c} owns the dog. What does {b} do?")
    assert owned.status == "abstained"
