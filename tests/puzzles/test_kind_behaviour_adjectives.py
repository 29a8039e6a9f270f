"""The sentence that says who may be what, with the behaviour as an adjective: "Each is either always honest or always
lies.", "Both are either always truthful or always lying.", "Everyone is either honest or lies." Fresh two-person
puzzles over such a sentence must be answered as brute force over the four assignments answers them; before, the
sentence was "not understood" (only "tells the truth or lies" was read)."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Cleo", "Dev", "Esa", "Fumi", "Gil", "Hana"]
DECLARATIONS = ["Each is either always honest or always lies.", "Both are either always truthful or always lying.",
                "Everyone is either honest or lies.", "Each of them is always lying or always truthful.",
                "They are each either always honest or always dishonest.",
                "Each one either lies or is always honest."]
# a statement: (its words, {b} the other speaker; its truth given the speaker's and the other's honesty)
STATEMENTS = [("{b} is a liar.", lambda a, b: not b), ("{b} is honest.", lambda a, b: b),
              ("{b} and I are both honest.", lambda a, b: a and b), ("At least one of us is a liar.",
                                                                    lambda a, b: not (a and b)),
              ("We are both liars.", lambda a, b: not a and not b), ("{b} and I are not the same kind.",
                                                                   lambda a, b: a != b)]


def _honest_in_every_solution(said_a, said_b):
    solutions = [(a, b) for a, b in itertools.product([True, False], repeat=2)
                 if said_a(a, b) == a and said_b(b, a) == b]
    return solutions


@pytest.mark.parametrize("seed", range(24))
def test_an_adjective_declaration_reads_like_the_verb_one(seed):
    rng = random.Random(seed)
    first, second = rng.sample(NAMES, 2)
    while True:  # draw statements until they settle one assignment (most pairs do)
        (words_a, truth_a), (words_b, truth_b) = rng.choice(STATEMENTS), rng.choice(STATEMENTS)
        solutions = _honest_in_every_solution(truth_a, truth_b)
        if len(solutions) == 1:
            break
    (a_honest, b_honest), = solutions
    declaration = DECLARATIONS[seed % len(DECLARATIONS)]
    text = (f"{first} says: '{words_a.format(b=second)}' {second} says: '{words_b.format(b=first)}' {declaration} "
            f"Is {first} honest?")
    verdict = solve(text).to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", "yes" if a_honest else "no"), text
