"""A multiple-choice question asked before its statements ("Which of the following must be true? If Kai studies, he
passes. Kai didn't pass. (A) ..."), found unread in batch Y (`choices.py`). Generated orderings, asked first, are
keyed by brute force over every order; the options are each a pair of the cast."""

from __future__ import annotations

import itertools
import random

from agentlib.puzzles.english.family import solve

NAMES = ("Pat", "Quinn", "Rosa", "Sven", "Tariq", "Uma")
QUESTIONS = (("Which of the following must be true?", "must"), ("Which one of these could be true?", "could"))


def _holds(order: tuple[str, ...], a: str, b: str) -> bool:
    return order.index(a) < order.index(b)


def test_question_first_options_agree_with_brute_force():
    rng = random.Random(9)
    answered = 0
    for _ in range(24):
        cast = rng.sample(NAMES, 3)
        facts = [(cast[0], cast[1])] + ([(cast[1], cast[2])] if rng.random() < 0.5 else [])
        orders = [o for o in itertools.permutations(cast) if all(_holds(o, a, b) for a, b in facts)]
        pairs = rng.sample([(a, b) for a, b in itertools.permutations(cast, 2)], 3)
        question, mode = rng.choice(QUESTIONS)
        fits = [k for k, (a, b) in enumerate(pairs)
                if (all if mode == "must" else any)(_holds(o, a, b) for o in orders)]
        statements = " ".join(f"{a} is older than {b}." for a, b in facts)
        options = " ".join(f"({'ABC'[k]}) {a} is older than {b}" for k, (a, b) in enumerate(pairs))
        verdict = solve(f"{question} {statements} {options}")
        if len(fits) == 1:
            a, b = pairs[fits[0]]
            assert (verdict.status, verdict.answer) == ("verified", f"({'ABC'[fits[0]]}) {a} is older than {b}")
            answered += 1
        else:
            assert verdict.status != "verified"
    assert answered >= 6


def test_statements_on_both_sides_of_the_question_stay_unread():
    verdict = solve("Pat is older than Quinn. Which of the following must be true? Quinn is older than Rosa. "
                    "(A) Pat is older than Rosa (B) Rosa is older than Pat")
    assert verdict.status != "verified"
