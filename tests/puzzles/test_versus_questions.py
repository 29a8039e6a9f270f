""""Who is taller, Ann or Bob?" and "Which is further left, red or green?": a bare comparison between the two
choices, over generated chains with fresh names, scale words and either direction of the comparative."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
SCALES = [("is taller than", "taller", "shorter"), ("is older than", "older", "younger"),
          ("is heavier than", "heavier", "lighter"), ("runs faster than", "faster", "slower")]


def _names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10**9), st.integers(2, 4))
def test_who_is_more_of_two_choices(seed, n):
    rng = random.Random(seed)
    order = _names(rng, n)  # most first
    phrase, more, less = rng.choice(SCALES)
    sentences = [f"{a} {phrase} {b}." for a, b in zip(order, order[1:])]
    rng.shuffle(sentences)
    first, second = sorted(rng.sample(range(n), 2))
    pair = [order[first], order[second]]
    rng.shuffle(pair)
    asks_more = rng.random() < 0.5
    verb = "runs" if phrase.startswith("runs") else "is"
    question = f"Who {verb} {more if asks_more else less}, {pair[0]} or {pair[1]}?"
    verdict = solve(" ".join(sentences) + " " + question)
    assert verdict.status == "verified", (sentences, question, verdict.reason)
    assert verdict.answer == (order[first] if asks_more else order[second])


def test_an_undetermined_pair_abstains():
    verdict = solve("Ann is taller than Bob. Cy is taller than Bob. Who is taller, Ann or Cy?")
    assert verdict.status == "abstained"


def test_further_left_between_two_things():
    text = ("The red book is left of the blue book. The green book is right of the blue book. "
            "Which is further left, red or green?")
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == "the red book"


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9))
def test_who_is_more_without_choices_asks_of_the_two_people_named(seed):
    rng = random.Random(seed)
    higher, lower = _names(rng, 2)
    phrase, more, less = rng.choice(SCALES)
    asks_more = rng.random() < 0.5
    verb = "runs" if phrase.startswith("runs") else "is"
    verdict = solve(f"{higher} {phrase} {lower}. Who {verb} {more if asks_more else less}?")
    assert verdict.status == "verified", verdict.reason
    assert verdict.answer == (higher if asks_more else lower)


def test_who_is_more_without_choices_abstains_over_three_people_or_another_scale():
    assert solve("Tumo is older than Wend. Ravi is older than Tumo. Who is older?").status == "abstained"
    assert solve("Tumo is older than Wend. Who is taller?").status == "abstained"
    assert solve("Tumo is as tall as Wend. Who is taller?").status == "abstained"
