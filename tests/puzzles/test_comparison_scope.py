"""Comparisons told of one occasion ("Anna scored higher than Ben on the test. Ben scored higher than Carl.") read
without it; two occasions ("in the race" / "in training") stay unread. It abstained: the phrase after the person
compared with was not read. Fresh names, occasions, verbs, chain order and sentence order; the answer is the chain's
end, worked out here."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.comparison_scope import without_one_occasion
from agentlib.puzzles.english.family import solve

NAMES = ["Ileana", "Jorvik", "Kestrel", "Lysander", "Marisol", "Nikodem"]
SCALES = [("scored higher than", "Who scored the lowest?", "Who scored the highest?"),
          ("ran faster than", "Who was the slowest?", "Who was the fastest?"),
          ("finished ahead of", "Who came last?", "Who came first?")]
OCCASIONS = ["on the test", "in the race", "at the meet", "in the final", "on the quiz", "during the trial"]


@pytest.mark.parametrize("seed", range(16))
def test_comparisons_of_one_occasion_read_without_it(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, rng.randint(3, 4))  # best first
    verb, lowest, highest = rng.choice(SCALES)
    occasion = rng.choice(OCCASIONS)
    sentences = [f"{a} {verb} {b}" for a, b in zip(people, people[1:])]
    pinned = rng.sample(range(len(sentences)), rng.randint(1, len(sentences)))
    sentences = [s + (f" {occasion}." if k in pinned else ".") for k, s in enumerate(sentences)]
    rng.shuffle(sentences)
    asks_lowest = rng.random() < 0.5
    text = " ".join(sentences) + " " + (lowest if asks_lowest else highest)
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason, verdict.unparsed)
    assert verdict.answer == (people[-1] if asks_lowest else people[0]), (text, verdict.answer)


def test_two_occasions_are_not_one_scale():
    text = "Ileana ran faster than Jorvik in the race. Jorvik ran faster than Kestrel in training. Who was the fastest?"
    assert without_one_occasion(text) is None
    assert solve(text).status != "verified"
