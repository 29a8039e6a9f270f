""""Pete has a cat, a dog or a parrot. Pete does not have a cat. Pete does not have a dog. What pet does Pete have?"
asks which of the things named someone has (`object_questions.py`); it abstained ("no pet is named in the
statements"). Each thing is asked as a yes/no question; an open one makes the answer abstain, and a text that rules
every thing out says nothing of what else there may be (it abstains, never "none").

Fresh names, things, verbs and negations; the expected answer is what remains of the disjunction."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Petra", "Quincy", "Rafael", "Selma"]
VERBS = [("has", "have", "does not have", ["cat", "dog", "parrot", "rabbit", "hamster"]),
         ("plays", "play", "does not play", ["piano", "violin", "guitar", "drums"]),
         ("owns", "own", "does not own", ["car", "bike", "scooter", "boat"])]


@pytest.mark.parametrize("seed", range(30))
def test_the_one_thing_left(seed):
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    said, base, denied, nouns = rng.choice(VERBS)
    things = rng.sample(nouns, rng.randint(2, 4))
    article = "the" if said == "plays" else "a"
    listed = ", ".join(f"{article} {t}" for t in things[:-1]) + f" or {article} {things[-1]}"
    ruled_out = rng.sample(things, rng.randint(0, len(things) - 1))
    opening = rng.choice([f"{name} {said} {listed}.", f"{name} {said} either {listed}."]) if rng.random() < 0.7 \
        else f"Everyone {said} {listed}. {name} is here."
    facts = [f"{name} {denied} {article} {t}." for t in ruled_out]
    rng.shuffle(facts)
    question = f"What does {name} {base}?"
    text = " ".join([opening, *facts, question])
    left = [t for t in things if t not in ruled_out]
    verdict = solve(text)
    if len(left) == 1:
        assert verdict.status == "verified" and verdict.answer == left[0], (text, verdict.answer, verdict.reason)
    else:
        assert verdict.status != "verified", (text, verdict.answer)


def test_every_thing_ruled_out_is_not_answered_none():
    verdict = solve("Petra does not have a cat. Petra does not have a dog. What does Petra have?")
    assert verdict.status != "verified", verdict.answer


@pytest.mark.parametrize("seed", range(12))
def test_a_list_closed_by_but_not_both(seed):
    """ "Sid has a cat or a dog, but not both.": "but" is no thing Sid may have (the list ended at its comma; the
    question was asked of "but" and abstained)."""
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    said, base, denied, nouns = rng.choice(VERBS)
    first, second = rng.sample(nouns, 2)
    article = "the" if said == "plays" else "a"
    kept, dropped = rng.sample([first, second], 2)
    text = (f"{name} {said} {rng.choice(['', 'either '])}{article} {first} or {article} {second}, but not both. "
            f"{name} {denied} {article} {dropped}. What does {name} {base}?")
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == kept, (text, verdict.answer, verdict.reason)
