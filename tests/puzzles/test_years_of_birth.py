"""Years of birth, and twins: "Hal was born in 2010. Gia was born two years before Hal. In what year was Gia born?" (each
sentence was "not understood"). Fresh names, years, gaps, directions, chains and wordings, keyed by arithmetic; a
year no statement fixes is not given."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Gia", "Hal", "Ines", "Jomo", "Katya"]
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


@pytest.mark.parametrize("seed", range(24))
def test_a_year_of_birth_from_gaps(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, rng.randint(2, 3))
    years = {people[0]: rng.randint(1950, 2020)}
    sentences = [f"{people[0]} was born in {years[people[0]]}."]
    for earlier, person in zip(people, people[1:]):
        gap = rng.randint(1, 6)
        said = WORDS[gap] if rng.random() < 0.5 else str(gap)
        word = rng.choice(["before", "after", "earlier than", "later than"])
        years[person] = years[earlier] + (-gap if word in ("before", "earlier than") else gap)
        sentences.append(f"{person} was born {said} year{'s' if gap > 1 else ''} {word} {earlier}.")
    rng.shuffle(sentences)
    asked = rng.choice(people[1:])
    question = rng.choice([f"In what year was {asked} born?", f"When was {asked} born?",
                           f"What year was {asked} born in?"])
    verdict = solve(" ".join([*sentences, question])).to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", years[asked]), sentences


def test_a_year_no_statement_fixes_is_not_given():
    verdict = solve("Gia was born two years before Hal. In what year was Gia born?").to_dict()
    assert verdict["status"] != "verified"


@pytest.mark.parametrize("seed", range(10))
def test_twins_are_the_same_age(seed):
    """"Sam and Tia are twins. Sam is 12. How old is Tia?" (both sentences were not understood)."""
    rng = random.Random(500 + seed)
    a, b, c = rng.sample(NAMES, 3)
    age, gap = rng.randint(2, 40), rng.randint(1, 9)
    sentences = [f"{a} and {b} are {rng.choice(['twins', 'twins'])}.", f"{a} is {age}.",
                 f"{c} is {gap} years older than {b}."]
    rng.shuffle(sentences)
    asked, expected = rng.choice([(b, age), (c, age + gap)])
    verdict = solve(" ".join([*sentences, f"How old is {asked}?"])).to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", expected), sentences
