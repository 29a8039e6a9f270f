"""A count whose thing is left unsaid ("Together they have 20.", "How many does Yolanda have?") is of the one thing
the statements count ("4 more stickers than Yolanda"); with no counted thing, or several, it is not read. Fresh
names, things, differences and totals, keyed by arithmetic; before, all three sentences were "not understood"."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Xander", "Yolanda", "Anouk", "Bilal", "Chen", "Dorota"]
THINGS = ["stickers", "marbles", "stamps", "shells", "cards"]


@pytest.mark.parametrize("seed", range(20))
def test_a_total_and_a_question_without_their_thing(seed):
    rng = random.Random(seed)
    a, b = rng.sample(NAMES, 2)
    thing = rng.choice(THINGS)
    b_count, gap = rng.randint(1, 20), rng.randint(1, 9)
    a_count = b_count + gap
    total = rng.choice([f"Together they have {a_count + b_count}.", f"They have {a_count + b_count} between them.",
                        f"Together they have {a_count + b_count} {thing}."])
    asked_a = rng.random() < 0.5
    question = rng.choice([f"How many does {a if asked_a else b} have?",
                           f"How many {thing} does {a if asked_a else b} have?"])
    text = f"{a} has {gap} more {thing} than {b}. {total} {question}"
    verdict = solve(text).to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", a_count if asked_a else b_count), text


def test_an_unsaid_thing_among_two_counted_things_is_not_guessed():
    text = "Ann has 3 more pens than Bo. Ann has 2 more cups than Bo. Together they have 20. How many does Bo have?"
    assert solve(text).to_dict()["status"] != "verified"
