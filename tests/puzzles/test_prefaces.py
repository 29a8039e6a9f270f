"""A leading preface, where the asker talks about the puzzle ("My kid brought this one home:"), is not a premise.

Generated: prefaces built from an opener, a source and a tail, each in front of a fresh ordering chain whose answer
is worked out by sorting; and first-person premises or sentences that point at "this" without the asker, which must
stay (dropping a premise could change an answer).
"""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.text import strip_heading

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lu"]
OPENERS = ["Here's a puzzle", "Here is one", "Ok so my teacher gave us this", "My kid asked me this one",
           "Here's a riddle", "We got this question at work", "Here's a brain teaser"]
SOURCES = ["", " my kid brought home", " from my homework", " my friend sent me"]
TAILS = [":", ".", "!", ", we're stumped!", ", I can't get it.", ", help me please:"]


def _preface(rng: random.Random) -> str:
    opener = rng.choice(OPENERS)
    source = rng.choice(SOURCES) if opener.startswith("Here") else ""
    return opener + source + rng.choice(TAILS)


def _chain(rng: random.Random) -> tuple[str, str]:
    people = rng.sample(NAMES, 3)  # tallest first
    facts = [f"{people[0]} is taller than {people[1]}.", f"{people[1]} is taller than {people[2]}."]
    rng.shuffle(facts)
    return " ".join(facts) + " Who is the tallest?", people[0]


@pytest.mark.parametrize("seed", range(12))
def test_a_preface_leaves_the_puzzle_and_its_answer(seed):
    rng = random.Random(seed)
    puzzle, tallest = _chain(rng)
    text = _preface(rng) + " " + puzzle
    assert strip_heading(text) == puzzle
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", tallest)


@pytest.mark.parametrize("premise", [
    "My brother is taller than me.",  # the asker, but no pointer at the text
    "Here's the thing.",  # a pointer, but no asker
    "This box holds the prize.",
    "Is this my problem? Ann is taller than Bo.",  # a question is never a preface
])
def test_first_person_premises_and_pointers_without_the_asker_stay(premise):
    assert strip_heading(premise).startswith(premise.split()[0])


def test_a_bare_puzzle_noun_in_a_first_person_premise_stays():
    text = "My brother has a problem. Ann is taller than Bo. Who is the tallest?"
    assert strip_heading(text) == text
