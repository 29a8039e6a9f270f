"""A place on a scale of comparisons: "In what position is Ben, counting from the tallest?", generated with fresh
names, scales and wordings and checked against every order of the people."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Ben", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kim", "Lou", "Max", "Nia"]
SCALES = [("taller", "shorter", "tallest", "shortest"), ("older", "younger", "oldest", "youngest"),
          ("heavier", "lighter", "heaviest", "lightest"), ("faster", "slower", "fastest", "slowest")]
QUESTIONS = ["In what position is {name}, counting from the {end}?",
             "In what position is {name} if we line them up from {end} to {other}?",
             "Where does {name} come, {end} first?",
             "What is {name}'s rank, counting from the {end}?"]


def _puzzle(seed: int) -> tuple[str, int | None]:
    rng = random.Random(seed)
    people = rng.sample(NAMES, rng.randint(3, 5))
    more, less, top, bottom = rng.choice(SCALES)
    truth = people[:]
    rng.shuffle(truth)  # truth[0] is the most
    pairs = set()
    for _ in range(rng.randint(len(people) - 1, len(people) + 1)):
        a, b = rng.sample(range(len(truth)), 2)
        pairs.add((min(a, b), max(a, b)))
    sentences = []
    for a, b in sorted(pairs, key=lambda _: rng.random()):
        if rng.random() < 0.5:
            sentences.append(f"{truth[a]} is {more} than {truth[b]}.")
        else:
            sentences.append(f"{truth[b]} is {less} than {truth[a]}.")
    named = sorted({truth[i] for pair in pairs for i in pair})  # the people the text mentions
    people = named
    asked = rng.choice(people)
    from_top = rng.random() < 0.5
    end, other = (top, bottom) if from_top else (bottom, top)
    question = rng.choice(QUESTIONS).format(name=asked, end=end, other=other)
    places = set()
    for order in itertools.permutations(people):
        rank = {p: i for i, p in enumerate(order)}
        if all(rank[truth[a]] < rank[truth[b]] for a, b in pairs):
            places.add(order.index(asked) + 1 if from_top else len(order) - order.index(asked))
    return " ".join(sentences) + " " + question, places.pop() if len(places) == 1 else None


@pytest.mark.parametrize("seed", range(40))
def test_a_place_counted_from_a_named_end_agrees_with_every_order(seed: int) -> None:
    text, place = _puzzle(seed)
    verdict = solve(text)
    if place is None:
        assert verdict.status == "abstained", (text, verdict.answer)
    else:
        assert (verdict.status, verdict.answer) == ("verified", place), (text, verdict.reason)


def test_a_scale_no_statement_compares_abstains() -> None:
    verdict = solve("Ann is taller than Ben. Ben is taller than Cy. In what position is Ben, counting from the oldest?")
    assert verdict.status == "abstained"
