"""A question or instruction typed first and closed by a colon ("List them from shortest to tallest: Gina is taller
than Hank. ..."), which abstained as a question form the grammar did not know (`asked_first.py`).

Fresh names, scales, chain orders and leads; the expected answer is the chain itself."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Gina", "Hank", "Iris", "Joel", "Kora", "Lars"]
SCALES = [("taller", "tallest", "shortest"), ("older", "oldest", "youngest"), ("heavier", "heaviest", "lightest")]


@pytest.mark.parametrize("seed", range(24))
def test_an_ask_typed_before_its_statements(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, rng.randint(3, 5))  # from the top of the scale down
    comparative, top, bottom = rng.choice(SCALES)
    clues = [f"{a} is {comparative} than {b}." for a, b in zip(people, people[1:])]
    rng.shuffle(clues)
    lead, expected = rng.choice([
        (f"List them from {bottom} to {top}:", list(reversed(people))),
        (f"Rank them from {top} to {bottom}:", people),
        (f"Who is the {top}:", people[0]),
        (f"who is the {bottom}:", people[-1]),
    ])
    text = f"{lead} {' '.join(clues)}"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason)


def test_an_ask_that_offers_options_is_not_moved():
    from agentlib.puzzles.english.asked_first import ask_put_last

    text = "Which of the following is true: Gina is taller than Hank."
    assert ask_put_last(text) == text
