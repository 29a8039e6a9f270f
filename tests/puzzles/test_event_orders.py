"""Orders of events and of births, generated with fresh names and checked against the order they were made from.

- "X was born before Y" is age: answered by "Who is the youngest?" and, the other way, "Who was born first?";
- "The bakery opens before the bank": each event has its own order, so a question about another event ("Which
  closes first?") abstains instead of being answered from the opening order;
- "Which opens first?" reads like "Who opens first?" when no noun follows "which".
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]


def _names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


def _chain(rng: random.Random, order: list[str], before: list[str], after: list[str]) -> list[str]:
    """Sentences linking neighbours of `order` (first = earliest), each with a random direction and wording."""
    sentences = []
    for earlier, later in zip(order, order[1:]):
        if rng.random() < 0.5:
            sentences.append(f"{earlier} {rng.choice(before)} {later}.")
        else:
            sentences.append(f"{later} {rng.choice(after)} {earlier}.")
    rng.shuffle(sentences)
    return sentences


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10**9), st.integers(3, 5))
def test_birth_order_is_age(seed, n):
    rng = random.Random(seed)
    order = _names(rng, n)  # oldest first
    wordings = (["was born before", "was born earlier than", "is older than"],
                ["was born after", "was born later than", "is younger than"])
    sentences = _chain(rng, order, *wordings)
    question, expected = rng.choice([("Who is the youngest?", order[-1]), ("Who is the oldest?", order[0]),
                                     ("Who was born first?", order[0]), ("Who was born last?", order[-1])])
    verdict = solve(" ".join(sentences) + " " + question)
    assert verdict.status == "verified", (sentences, question, verdict.reason)
    assert verdict.answer == expected


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9), st.sampled_from(["opens", "closes", "empties", "starts"]))
def test_an_event_order_answers_its_own_event_only(seed, verb):
    rng = random.Random(seed)
    places = ["the " + w for w in rng.sample(["bakery", "bank", "library", "museum", "pharmacy", "gym"], 3)]
    sentences = _chain(rng, places, [f"{verb} before"], [f"{verb} after"])
    text = " ".join(s[0].upper() + s[1:] for s in sentences)
    verdict = solve(f"{text} Which {verb} first?")
    assert verdict.status == "verified" and verdict.answer == places[0]
    other = {"opens": "closes", "closes": "opens", "empties": "fills", "starts": "ends"}[verb]
    assert solve(f"{text} Which {other} first?").status == "abstained"


@pytest.mark.parametrize("question", ["Who is the oldest?", "Who was born first?"])
def test_twins_or_unread_birth_phrases_are_not_guessed(question):
    verdict = solve(f"Ana was born in the same year as Ben. Ben was born before Cid. {question}")
    assert verdict.status == "abstained"


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9), st.booleans())
def test_was_born_before_asked_as_a_question(seed, before):
    rng = random.Random(seed)
    order = _names(rng, 3)  # oldest first
    sentences = _chain(rng, order, ["was born before"], ["was born after"])
    older, younger = order[0], order[2]
    question = f"Was {older} born {'before' if before else 'after'} {younger}?"
    verdict = solve(" ".join(sentences) + " " + question)
    assert verdict.status == "verified" and verdict.answer == ("yes" if before else "no"), (sentences, question)
