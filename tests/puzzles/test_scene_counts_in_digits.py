"""A scene's count in digits ("There are 5 houses in a row.") is a count like "five": the sentence was skipped as
scene-setting with its count lost, so a row of five houses held only the four people named and "the last house"
was the fourth (a verified wrong answer). Now the count is the number of places (`place_counts.py`): the people
named take different places among them, and where there are more places, a person is answered only where every
filling of the others agrees. Fresh names, counts, nouns and clues; the row is brute-forced over its places."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ilse", "Joost", "Katla", "Lorcan", "Maelle", "Niamh"]
WORDS = {3: "three", 4: "four", 5: "five", 6: "six"}
PLACES = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}


@pytest.mark.parametrize("seed", range(16))
def test_a_count_in_digits_is_checked_against_the_people_named(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, rng.randint(3, 5))
    extra = rng.choice((0, 0, 1, 2))
    houses = len(people) + extra
    noun = rng.choice(["houses", "seats", "chairs"])
    verb = {"houses": "lives in", "seats": "sits in", "chairs": "sits in"}[noun]
    first, last = people[0], people[-1]
    clues = [f"{first} {verb} the first {noun[:-1]}.", f"{last} {verb} the last {noun[:-1]}."]
    clues += [f"{people[1]} {verb.split()[0]} next to {first}."]
    clues += [f"{a} {verb.split()[0]} right before {b}." for a, b in zip(people[1:-1], people[2:-1])]
    asked = len(people) - 1 if len(people) > 3 else 2
    text = (f"There are {houses if rng.random() < 0.7 else WORDS[houses]} {noun} in a row. " + " ".join(clues) +
            f" Who {verb.replace('lives', 'lives').replace('sits', 'sits')} the {PLACES[asked]} {noun[:-1]}?")
    verdict = solve(text)
    placements = [dict(zip(people, places)) for places in itertools.permutations(range(1, houses + 1), len(people))]
    placements = [p for p in placements if p[first] == 1 and p[last] == houses and abs(p[people[1]] - 1) == 1 and
                  all(p[a] + 1 == p[b] for a, b in zip(people[1:-1], people[2:-1]))]
    answers = {next((name for name, place in p.items() if place == asked), None) for p in placements}
    if len(answers) == 1 and None not in answers:
        assert verdict.status == "verified" and verdict.answer == answers.pop(), (text, verdict.reason)
    else:
        assert verdict.status != "verified", (text, verdict.answer)
