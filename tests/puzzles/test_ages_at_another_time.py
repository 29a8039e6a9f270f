"""An age asked at another time ("How old will Cleo be in 5 years?", "How old was Bo 3 years ago?", "In two years,
how old will Cy be?") is the age the statements fix now, plus or less the years between; an age before birth is
refused. Fresh names, relations, numbers and question wordings, keyed by arithmetic; before, each question was
"a question form the grammar does not know"."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Cleo", "Devan", "Ilse", "Tomas", "Yuki", "Marek", "Ama", "Soren"]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}


def say(n: int, rng: random.Random) -> str:
    return WORDS[n] if n in WORDS and rng.random() < 0.4 else str(n)


@pytest.mark.parametrize("seed", range(30))
def test_an_age_at_another_time_adds_the_years_between(seed):
    rng = random.Random(seed)
    a, b = rng.sample(NAMES, 2)
    b_age = rng.randint(4, 30)
    relation = rng.choice(["older", "younger", "twice"])
    if relation == "twice":
        a_age, said = 2 * b_age, f"{a} is twice as old as {b}."
    else:
        gap = rng.randint(1, min(9, b_age - 1))
        a_age = b_age + gap if relation == "older" else b_age - gap
        said = f"{a} is {say(gap, rng)} years {relation} than {b}."
    years = rng.randint(1, 7)
    later = rng.random() < 0.5
    if later:
        question = rng.choice([f"How old will {a} be in {say(years, rng)} years?",
                               f"How old will {a} be {say(years, rng)} years from now?",
                               f"In {say(years, rng)} years, how old will {a} be?"])
        expected = a_age + years
    else:
        question = rng.choice([f"How old was {a} {say(years, rng)} years ago?",
                               f"{say(years, rng).capitalize()} years ago, how old was {a}?"])
        expected = a_age - years
    facts = [said, f"{b} is {b_age}."]
    rng.shuffle(facts)
    text = " ".join([*facts, question])
    verdict = solve(text).to_dict()
    if expected > 0:
        assert (verdict["status"], verdict["answer"]) == ("verified", expected), text
    else:
        assert verdict["status"] != "verified", text
