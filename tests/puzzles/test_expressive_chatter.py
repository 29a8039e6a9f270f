"""Chatter that asserts nothing, around a puzzle: expressives ("Sorry to bother you again.", "Congratulations to
all players!"), greetings, requests for help ("Can you help Benny Bear?") and titles ("Ribbit riddle!", "Friday
team-building puzzle"), checked against the puzzle's answer without them (an ordering chain, brute-forced here).

First sight (before `expressives.py`): 11 of the 30 chatter cases abstained ("Sorry to bother you again.", "Ribbit
riddle!", "Zorbly brainteaser!", "Good luck everyone!", "Congratulations to all players!" not understood), the
rest right, none wrong; the look-alikes and the request abstained or were right. A look-alike that does claim
something ("Sorry, Bo is not the tallest.", "Congratulations to Cy, the tallest!") must never be dropped: it is
answered as the grammar reads it or abstains, never answered as if it were not there."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ada", "Ben", "Cleo", "Dax", "Eve", "Finn", "Gus", "Hana", "Ivo", "Jules", "Kit", "Lena"]
OPENERS = ["Sorry to bother you again.", "Read and answer.", "Read and answer the question.", "Hi team,",
           "Hello everyone!", "Thanks in advance.", "Can you help me?",
           "Could someone help Benny Bear?", "Ribbit riddle!", "Friday team-building puzzle", "Sorry, sorry.",
           "Welcome back!", "Monday morning quiz", "Zorbly brainteaser!"]
CLOSERS = ["Congratulations to all players!", "Thanks so much!", "Good luck everyone!", "See you Thursday!",
           "Cheers!", "Happy Friday!"]


def _puzzle(rng: random.Random) -> tuple[str, str]:
    """A height chain in shuffled clues and a superlative question; the answer from the order itself."""
    order = rng.sample(NAMES, rng.randint(3, 4))  # tallest first
    clues = [f"{a} is taller than {b}." for a, b in zip(order, order[1:])]
    rng.shuffle(clues)
    tallest = rng.random() < 0.5
    return " ".join(clues) + f" Who is the {'tallest' if tallest else 'shortest'}?", order[0] if tallest else order[-1]


@pytest.mark.parametrize("seed", range(30))
def test_chatter_that_asserts_nothing_leaves_the_answer(seed):
    rng = random.Random(seed)
    puzzle, answer = _puzzle(rng)
    parts = [rng.choice(OPENERS), puzzle] if rng.random() < 0.7 else [puzzle]
    if len(parts) == 1 or rng.random() < 0.5:
        parts.append(rng.choice(CLOSERS))
    # a heading typed without a mark stands on its own line, as people type it
    text = "".join(part + ("\n" if part[-1] not in ".!?" else " ") for part in parts).strip()
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", answer), (text, verdict.reason, verdict.unparsed)


@pytest.mark.parametrize("seed", range(12))
def test_a_look_alike_that_claims_something_is_never_dropped(seed):
    rng = random.Random(seed)
    order = rng.sample(NAMES, 3)
    text = (f"{order[0]} is taller than {order[1]}. {rng.choice(['Sorry, ', 'Thanks, ', 'Congratulations, '])}"
            f"{order[2]} is taller than {order[0]}. Who is the tallest?")
    verdict = solve(text)
    assert verdict.status != "verified" or verdict.answer == order[2], (text, verdict.answer)


def test_regression_a_request_is_never_the_question_itself():
    verdict = solve("Ada is taller than Ben. Can you help me?")
    assert verdict.status == "abstained", verdict.answer
