"""A cast counted in digits at the start of a sentence ("4 people sit around a round table: Jon, Kay, Lou and Mel.")
was refused where the same count in words was read: the round table checks its count against the number words. The
count is spelled as the word; amounts in digits inside a clause ("Ann has 3 more apples") keep their digits. Checked
by brute force over every seating of generated round tables."""

from __future__ import annotations

import random
from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.digit_counts import spelled_counts
from agentlib.puzzles.english.family import solve

NAMES = ["Jon", "Kay", "Lou", "Mel", "Ned", "Ola"]


@settings(max_examples=15, deadline=None, derandomize=True)
@given(st.integers(0, 10**9), st.sampled_from(["people", "friends", "guests"]), st.booleans())
def test_a_round_table_counted_in_digits_answers_as_brute_force(seed, noun, colon):
    rng = random.Random(seed)
    cast = rng.sample(NAMES, 4)
    seats = {name: index for index, name in enumerate(rng.sample(cast, 4))}  # clockwise
    a = rng.choice(cast)
    opposite = next(n for n in cast if (seats[n] - seats[a]) % 4 == 2)
    listed = f"{', '.join(cast[:-1])} and {cast[-1]}"
    intro = f"4 {noun} sit around a round table: {listed}." if colon else \
        f"4 {noun}, {listed}, sit around a round table."
    text = f"{intro} {a} sits opposite {opposite}. Who sits opposite {opposite}?"
    worlds = [dict(zip(cast, p)) for p in permutations(range(4))]
    answers = {next(n for n in cast if (w[n] - w[opposite]) % 4 == 2) for w in worlds
               if (w[opposite] - w[a]) % 4 == 2}
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", answers.pop()), (text, verdict.reason)


def test_only_a_count_opening_a_sentence_before_a_plural_is_spelled():
    assert spelled_counts("4 people sit. Ann has 3 more apples. 5 is odd.\n6 kids ran.") == \
        "Four people sit. Ann has 3 more apples. 5 is odd.\nSix kids ran."
