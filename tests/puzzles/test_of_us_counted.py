""""Who is the oldest of us three?" names the whole cast with the speaker in it ("us" counts "me"), as "of the three"
does; a count that is not the cast's size stays unread. Fresh names, orders, comparisons and superlatives, keyed by
brute force over every order of the people and the speaker (it abstained on "of us three")."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Chiara", "Dmitri", "Efe"]
COUNT = {3: "three", 4: "four"}


@pytest.mark.parametrize("seed", range(16))
def test_of_us_counts_the_speaker(seed):
    rng = random.Random(seed)
    people = ["me", *rng.sample(NAMES, rng.randint(2, 3))]
    order = people[:]
    rng.shuffle(order)  # oldest first
    sentences = []
    for older, younger in zip(order, order[1:]):
        subject, obj = (older, younger) if rng.random() < 0.5 else (younger, older)
        word = "older" if subject == older else "younger"
        verb = "am" if subject == "me" else "is"
        sentences.append(f"{'I' if subject == 'me' else subject} {verb} {word} than {obj}.")
    rng.shuffle(sentences)
    asked_oldest = rng.random() < 0.5
    right_count = rng.random() < 0.75
    size = len(people) if right_count else len(people) + 1
    question = f"Who is the {'oldest' if asked_oldest else 'youngest'} of us {COUNT.get(size, str(size))}?"
    rows = [row for row in itertools.permutations(people)
            if all(row.index(a) < row.index(b) for a, b in zip(order, order[1:]))]
    answers = {row[0] if asked_oldest else row[-1] for row in rows}
    verdict = solve(" ".join([*sentences, question])).to_dict()
    if not right_count:
        assert verdict["status"] != "verified", sentences
        return
    (expected,) = answers
    if expected == "me":
        assert verdict["status"] != "verified" or verdict["answer"] in ("I", "me"), verdict
    else:
        assert (verdict["status"], verdict["answer"]) == ("verified", expected), (sentences, question)
