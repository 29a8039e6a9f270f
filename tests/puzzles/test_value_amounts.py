"""Numbers of things given one to each person "in some order" or "respectively" (`value_assignment.py`): "Mia, Nia
and Ola have 10, 15 and 20 marbles in some order. Mia has more than Nia. Ola has the fewest. How many does Mia
have?", checked against brute force over the assignments: fresh names, values, things and clues.

Before this change (round 33): the declaration went to the grid, which read neither "has more than" nor "has the
fewest" (abstained); "respectively" was not read either.
"""

from __future__ import annotations

import random
from itertools import permutations

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Mia", "Nia", "Ola", "Pax", "Quin", "Rue", "Sol", "Tam"]
THINGS = [("marbles", "collected"), ("stamps", "have"), ("apples", "picked"), ("shells", "found"),
          ("cookies", "baked")]
PRESENT = {"collected": "collected", "have": "has", "picked": "picked", "found": "found", "baked": "baked"}
BASE = {"collected": "collect", "have": "have", "picked": "pick", "found": "find", "baked": "bake"}


def _clue(rng: random.Random, truth: dict[str, int], thing: str, verb: str):
    a, b = rng.sample(list(truth), 2)
    said, noun = PRESENT[verb], rng.choice(["", f" {thing}"])
    kind = rng.choice(["compare", "end", "value", "not"])
    if kind == "compare":
        more = truth[a] > truth[b]
        return (f"{a} {said} {'more' if more else 'fewer'}{noun} than {b}.",
                lambda v: v[a] > v[b] if more else v[a] < v[b])
    if kind == "end":
        top = rng.random() < 0.5
        holder = max(truth, key=truth.get) if top else min(truth, key=truth.get)
        return (f"{holder} {said} the {'most' if top else 'fewest'}{noun}.",
                lambda v: v[holder] == (max(v.values()) if top else min(v.values())))
    if kind == "value":
        return f"{a} {said} {truth[a]}{noun}.", lambda v: v[a] == truth[a]
    wrong = rng.choice([x for x in truth.values() if x != truth[a]])
    return (f"{a} {'did not' if verb != 'have' else 'does not'} {BASE[verb]} {wrong}{noun}.",
            lambda v: v[a] != wrong)


@pytest.mark.parametrize("seed", range(14))
def test_listed_amounts_against_brute_force(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, rng.choice([3, 4]))
    values = sorted(rng.sample(range(2, 40), len(people)))
    thing, verb = rng.choice(THINGS)
    truth = dict(zip(people, rng.sample(values, len(values))))
    clues = [_clue(rng, truth, thing, verb) for _ in range(rng.randint(1, 3))]
    listed = ", ".join(map(str, values[:-1])) + f" and {values[-1]}"
    names = ", ".join(people[:-1]) + f" and {people[-1]}"
    declaration = f"{names} {verb} {listed} {thing}{rng.choice([' in some order', ', in some order'])}."
    worlds = [dict(zip(people, p)) for p in permutations(values)]
    worlds = [w for w in worlds if all(fact(w) for _, fact in clues)]
    x, y = rng.sample(people, 2)
    kind = rng.choice(["value", "most", "pair"])
    if kind == "value":
        question = f"How many{rng.choice(['', ' ' + thing])} {'does' if verb == 'have' else 'did'} {x} {BASE[verb]}?"
        answers = {w[x] for w in worlds}
    elif kind == "most":
        question = f"Who {PRESENT[verb]} the most{rng.choice(['', ' ' + thing])}?"
        answers = {max(w, key=w.get) for w in worlds}
    else:
        question = f"{'Does' if verb == 'have' else 'Did'} {x} {BASE[verb]} more {thing} than {y}?"
        seen = {w[x] > w[y] for w in worlds}
        answers = {"yes" if seen == {True} else "no" if seen == {False} else "cannot be determined"}
    text = f"{declaration} {' '.join(s for s, _ in clues)} {question}"
    verdict = solve(text)
    if len(answers) == 1:
        assert verdict.status == "verified" and verdict.answer == answers.pop(), (text, verdict.reason)
    else:
        assert verdict.status != "verified", (text, verdict.answer)


@pytest.mark.parametrize("seed", range(4))
def test_respectively_gives_the_values_in_the_order_named(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, 3)
    values = rng.sample(range(2, 40), 3)
    thing, verb = rng.choice(THINGS)
    listed = ", ".join(map(str, values[:-1])) + f" and {values[-1]}"
    text = (f"{people[0]}, {people[1]} and {people[2]} {verb} {listed} {thing}, respectively. "
            f"{people[0]} {PRESENT[verb]} {values[0]} {thing}. "
            f"How many {thing} {'does' if verb == 'have' else 'did'} {people[1]} {BASE[verb]}?")
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == values[1], (text, verdict.reason)


def test_a_clue_about_other_things_is_not_read_as_these():
    verdict = solve("Mia, Nia and Ola have 10, 15 and 20 marbles in some order. Mia has more cats than Nia. "
                    "Ola has the fewest. How many does Mia have?")
    assert verdict.status != "verified"


def test_amounts_without_an_order_said_are_not_read_as_some_order():
    """ "have 10, 15 and 20 marbles." may give them respectively: with no "in some order", the amounts are not read."""
    verdict = solve("Mia, Nia and Ola have 10, 15 and 20 marbles. Mia has more than Nia. Ola has the fewest. "
                    "How many does Mia have?")
    assert verdict.status != "verified", verdict.answer
