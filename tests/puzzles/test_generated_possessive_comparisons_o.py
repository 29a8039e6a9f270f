"""Comparisons between people's things, one thing each (`possessive_comparisons.py`), generated with fresh names,
nouns, scales, elisions and order, and checked against the order they were made from.

"Nadia's cat is older than Omar's, and Omar's cat is older than Pia's. Whose cat is the youngest?" abstained (the
elided "Omar's" and "whose" were unread); now it reads as the same puzzle about the owners. Texts that do not pair
people and things one to one (two nouns, a bare mention of an owner) never get an answer from that reading.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
NOUNS = ["cat", "dog", "car", "bike", "house", "horse", "cake", "garden"]
SCALES = [("older", "younger", "oldest", "youngest"), ("heavier", "lighter", "heaviest", "lightest"),
          ("bigger", "smaller", "biggest", "smallest"), ("faster", "slower", "fastest", "slowest")]


def _names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


def _text(rng: random.Random, order: list[str], noun: str, more: str, less: str) -> list[str]:
    """Sentences linking neighbours of `order` (first = most), each in a random direction, the second noun often
    left out ("than Omar's")."""
    sentences = []
    for high, low in zip(order, order[1:]):
        first, word, second = (high, more, low) if rng.random() < 0.5 else (low, less, high)
        tail = "'s" if rng.random() < 0.6 else f"'s {noun}"
        sentences.append(f"{first}'s {noun} is {word} than {second}{tail}.")
    rng.shuffle(sentences)
    return sentences


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10**9), st.integers(3, 4))
def test_whose_thing_is_answered_by_its_owner(seed, n):
    rng = random.Random(seed)
    order, noun = _names(rng, n), rng.choice(NOUNS)
    more, less, most, least = rng.choice(SCALES)
    question, expected = rng.choice([(f"Whose {noun} is the {most}?", order[0]),
                                     (f"Whose {noun} is the {least}?", order[-1])])
    text = " ".join(_text(rng, order, noun, more, less)) + " " + question
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason)
    assert verdict.answer in (expected, f"{expected}'s {noun}"), text  # the owner, or the owner's thing


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10**9))
def test_a_yes_no_about_two_things_follows_the_order(seed):
    rng = random.Random(seed)
    order, noun = _names(rng, 3), rng.choice(NOUNS)
    more, less, _, _ = rng.choice(SCALES)
    a, b = rng.sample(order, 2)
    expected = "yes" if order.index(a) < order.index(b) else "no"
    text = " ".join(_text(rng, order, noun, more, less)) + f" Is {a}'s {noun} {more} than {b}'s?"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9))
def test_no_answer_when_things_and_owners_do_not_pair_off(seed):
    rng = random.Random(seed)
    a, b, c = _names(rng, 3)
    noun, other = rng.sample(NOUNS, 2)
    for text in (f"{a}'s {noun} is older than {b}'s {other}. {b}'s {other} is older than {c}'s {noun}. "
                 f"Whose {noun} is the oldest?",
                 f"{a} is older than {b}'s {noun}. {b}'s {noun} is older than {c}'s. Whose {noun} is the youngest?"):
        verdict = solve(text)
        assert not (verdict.status == "verified" and verdict.answer in (a, b, c)), (text, verdict.answer)
