""""Ed, Flo and Gus own a cat, a dog and a bird." says that each owns all three, or that they own one each
(`cumulative_lists.py`). "Flo owns the bird. Who owns the cat?" was a verified "Ed, Flo and Gus" (each owns all),
and "Ed and Flo each own a cat and a dog. Does Ed own a cat?" a verified "cannot be determined" (one each): each
answer holds under one reading only. Now a reading that contradicts the statements gives way to the other, and
readings that disagree abstain.

Fresh names, things, verbs and clue orders; each reading is worked out here by trying every assignment."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Edda", "Floris", "Gunnar", "Hilde", "Ivo"]
THINGS = ["cat", "dog", "bird", "rabbit", "hamster"]
VERBS = [("own", "owns", "does not own"), ("have", "has", "does not have"), ("keep", "keeps", "does not keep")]


@pytest.mark.parametrize("seed", range(30))
def test_one_reading_or_an_abstention(seed):
    rng = random.Random(seed)
    size = rng.choice([2, 3])
    people = rng.sample(NAMES, size)
    things = rng.sample(THINGS, size)
    verb, owns, lacks = rng.choice(VERBS)
    each = rng.choice(["", "each "])
    listed = ", ".join(f"a {t}" for t in things[:-1]) + f" and a {things[-1]}"
    names = ", ".join(people[:-1]) + f" and {people[-1]}"
    clues = []
    facts = []  # (person, thing, has)
    for _ in range(rng.randint(1, size)):
        person, thing = rng.choice(people), rng.choice(things)
        has = rng.random() < 0.5
        clues.append(f"{person} {owns if has else lacks} the {thing}.")
        facts.append((person, thing, has))
    asked = rng.choice(things)
    text = f"{names} {each}{verb} {listed}. {' '.join(clues)} Who {owns} the {asked}?"

    every_consistent = all(has for _, _, has in facts)
    spreads = [dict(zip(things, order)) for order in itertools.permutations(people)]
    spreads = [s for s in spreads if all((s[t] == p) == has for p, t, has in facts)]
    spread_answers = {s[asked] for s in spreads}
    every_answer = people if every_consistent else None

    verdict = solve(text)
    if not every_consistent and len(spread_answers) == 1:
        assert verdict.status == "verified" and verdict.answer == spread_answers.pop(), (text, verdict.answer)
    elif every_consistent and not spreads:
        assert verdict.status == "verified" and verdict.answer == every_answer, (text, verdict.answer)
    elif every_consistent:
        assert verdict.status != "verified" or verdict.answer == every_answer and len(spread_answers) == 1 and \
            list(spread_answers) == every_answer, (text, verdict.answer)
    else:
        assert verdict.status != "verified", (text, verdict.answer)


@pytest.mark.parametrize("seed", range(8))
def test_each_having_both_is_not_answered_as_one_each(seed):
    rng = random.Random(seed)
    a, b = rng.sample(NAMES, 2)
    first, second = rng.sample(THINGS, 2)
    text = f"{a} and {b} each own a {first} and a {second}. Does {a} own a {rng.choice([first, second])}?"
    verdict = solve(text)
    assert verdict.status != "verified" or verdict.answer == "yes", (text, verdict.answer)
