"""'Which vehicle is faster?' over things the statements compare: the noun must be a word for each of them.

First sight (before the change): the noun was never checked, so 12 of the 30 generated cases were verified wrong
("The small bus is heavier than the old truck. Which fruit is heavier?" -> "the small bus", "Which person is the
youngest?" over two animals), and "The red car is faster than the blue car. Which animal is faster?" was a verified
"the red car"; a word that covers them ("vehicle", "thing") was right. Now a noun the closed kind table does not
put above every thing abstains."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

KINDS = {"vehicle": ["car", "truck", "bus", "van", "bike"], "animal": ["dog", "cat", "horse", "goat", "rabbit"],
         "fruit": ["apple", "pear", "plum", "melon"]}
ADJECTIVES = ["red", "blue", "green", "small", "big", "old"]
SCALES = [("faster", "fastest", "slowest"), ("heavier", "heaviest", "lightest"), ("older", "oldest", "youngest")]


def _case(rng: random.Random) -> tuple[str, str, list[str], bool]:
    kind = rng.choice(sorted(KINDS))
    size = rng.randint(2, 3)
    things = [f"the {a} {n}" for a, n in zip(rng.sample(ADJECTIVES, size), rng.choices(KINDS[kind], k=size))]
    more, most, least = rng.choice(SCALES)
    facts = [f"{a[:1].upper()}{a[1:]} is {more} than {b}." for a, b in zip(things, things[1:])]
    rng.shuffle(facts)
    covering = rng.random() < 0.5
    noun = rng.choice([kind, "thing"]) if covering else rng.choice(sorted(set(KINDS) - {kind}) + ["person", "tool"])
    top = rng.random() < 0.5
    asked = f"Which {noun} is {more}?" if size == 2 and top else f"Which {noun} is the {most if top else least}?"
    return " ".join([*facts, asked]), things[0] if top else things[-1], things, covering


@pytest.mark.parametrize("seed", range(30))
def test_the_noun_covers_every_thing_or_the_question_abstains(seed):
    text, answer, _, covering = _case(random.Random(seed))
    verdict = solve(text)
    if covering:
        assert (verdict.status, verdict.answer) == ("verified", answer), (text, verdict.reason)
    else:
        assert verdict.status != "verified", (text, verdict.answer)


def test_regression_an_animal_asked_of_two_cars_abstains():
    verdict = solve("The red car is faster than the blue car. Which animal is faster?")
    assert verdict.status == "abstained", verdict.answer
