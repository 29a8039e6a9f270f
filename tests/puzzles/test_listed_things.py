"""Things introduced as a list of kinds of one noun ("A red, a blue and a green ball are in a bag.", "There are three
cups: small, medium and large.") are all weighed by a question over them, the one no clue mentions too. Fresh kinds,
nouns, comparisons and questions, keyed by brute force over their values (ties allowed); before, the list was "not
understood"."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

KINDS = ["red", "blue", "green", "yellow", "black", "white"]
NOUNS = ["ball", "box", "cup", "bag", "book", "stone"]
SCALES = [("heavier", "lighter", "the heaviest", "the lightest"), ("bigger", "smaller", "the biggest", "the smallest"),
          ("cheaper", "more expensive", "the cheapest", "the most expensive")]


@pytest.mark.parametrize("seed", range(24))
def test_a_listed_thing_is_weighed_by_the_question(seed):
    rng = random.Random(seed)
    size = rng.randint(3, 4)
    kinds, noun = rng.sample(KINDS, size), rng.choice(NOUNS)
    up, down, top, bottom = rng.choice(SCALES)
    value = {k: rng.randint(0, 9) for k in kinds}
    facts, sentences = [], []
    for _ in range(rng.randint(size - 2, size)):
        a, b = rng.sample(kinds, 2)
        if value[a] == value[b]:
            continue
        if value[a] < value[b]:
            a, b = b, a
        facts.append((a, b))  # a is above b
        sentences.append(rng.choice([f"The {a} {noun} is {up} than the {b} {noun}.",
                                     f"The {b} {noun} is {down} than the {a} {noun}."]))
    listed = ", ".join(f"a {k}" for k in kinds[:-1]) + f" and a {kinds[-1]}"
    opening = rng.choice([f"{listed[0].upper()}{listed[1:]} {noun} are in a bag.",
                          f"There are {['', '', '', 'three', 'four'][size]} {noun}s on the shelf: "
                          f"{', '.join(f'a {k} one' for k in kinds[:-1])} and a {kinds[-1]} one."])
    asked_top = rng.random() < 0.5
    question = f"Which {noun} is {top if asked_top else bottom}?"
    worlds = [dict(zip(kinds, w)) for w in itertools.product(range(size), repeat=size)
              if all(dict(zip(kinds, w))[a] > dict(zip(kinds, w))[b] for a, b in facts)]
    winners = set()
    for w in worlds:
        best = max(w.values()) if asked_top else min(w.values())
        at_best = [k for k in kinds if w[k] == best]
        winners.add(at_best[0] if len(at_best) == 1 else None)
    expected = f"the {winners.pop()} {noun}" if len(winners) == 1 and None not in winners else None
    text = " ".join([opening, *sentences, question])
    verdict = solve(text).to_dict()
    if expected is None:
        assert verdict["status"] != "verified", text
    else:
        assert (verdict["status"], verdict["answer"]) == ("verified", expected), text
