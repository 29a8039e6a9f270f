"""Scores compared with a noun ("Jen got a higher score than Ken", "Len has a worse grade than Ken", "Who got the
lowest score?"), over fresh names, verbs, nouns and clue orders; answers by brute force over every ranking."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.score_phrases import spell_score_phrases

NAMES = ["Jen", "Ken", "Len", "Mo", "Nat", "Oli", "Pru", "Quy", "Ria"]
HOLD = ["got", "has", "earned", "received", "had"]
NOUNS = ["score", "grade", "mark"]
UP, DOWN = ["higher", "better"], ["lower", "worse"]


def _ask(rng: random.Random, people: list[str], pairs: list[tuple[str, str]]) -> tuple[str, str | None]:
    """A question and its answer: who is at the top or the bottom in every ranking with each (a, b) a above b."""
    top = rng.random() < 0.5
    ends = {order[0] if top else order[-1] for order in permutations(people)
            if all(order.index(a) < order.index(b) for a, b in pairs)}
    degree = rng.choice(["highest", "best"] if top else ["lowest", "worst"])
    question = f"Who {rng.choice(HOLD)} the {degree} {rng.choice(NOUNS)}?"
    return question, ends.pop() if len(ends) == 1 else None


@pytest.mark.parametrize("seed", range(4))
def test_scores_compared_with_a_noun(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3):
        people = rng.sample(NAMES, 3)
        order = rng.sample(people, 3)
        pairs = [(order[0], order[1]), (order[1], order[2])]
        sentences = []
        for above, below in pairs:
            noun, verb = rng.choice(NOUNS), rng.choice(HOLD)
            if rng.random() < 0.5:
                sentences.append(f"{above} {verb} a {rng.choice(UP)} {noun} than {below}.")
            else:
                sentences.append(f"{below} {verb} a {rng.choice(DOWN)} {noun} than {above}.")
        question, expected = _ask(rng, people, pairs)
        text = " ".join(rng.sample(sentences, 2)) + " " + question
        verdict = solve(text)
        assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason, verdict.unparsed)


@pytest.mark.parametrize("sentence", ["Jen has a higher salary than Ken.", "Ken got a better job than Len."])
def test_other_nouns_stay(sentence: str) -> None:
    assert spell_score_phrases(sentence) == sentence


ORDINALS = ["second", "third", "fourth"]


@pytest.mark.parametrize("seed", range(4))
def test_an_ordinal_score_asked_with_a_noun(seed: int) -> None:
    """"Who got the third highest score?" was not read (only the top and the bottom were); a full chain of four
    keyed by its one ranking."""
    rng = random.Random(100 + seed)
    people = rng.sample(NAMES, 4)
    order = rng.sample(people, 4)
    sentences = [f"{above} {rng.choice(HOLD)} a {rng.choice(UP)} {rng.choice(NOUNS)} than {below}."
                 for above, below in zip(order, order[1:])]
    place = rng.randrange(len(ORDINALS))
    top = rng.random() < 0.5
    expected = order[place + 1] if top else order[-(place + 2)]
    question = f"Who {rng.choice(HOLD)} the {ORDINALS[place]} {'highest' if top else 'lowest'} {rng.choice(NOUNS)}?"
    text = " ".join(rng.sample(sentences, 3)) + " " + question
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason, verdict.unparsed)
