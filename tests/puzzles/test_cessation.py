"""Negation said as an ending ("no longer", "has stopped ...ing", "gave up ...ing", "... anymore"), over fresh
propositions and subjects: the loose reader's phrase is the proposition's own words, denied once."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.cessation import as_denial
from agentlib.puzzles.english.meaning import roots
from agentlib.puzzles.english.paraphrase import read_context

_VERBS = [("drinks", "drinking", "drink", "hot chocolate"), ("takes", "taking", "take", "the early train"),
          ("sells", "selling", "sell", "vegetables at the market"), ("plays", "playing", "play", "the violin"),
          ("walks", "walking", "walk", "to school slowly")]
_ENDINGS = ["{n} no longer {third} {obj}", "{n} has stopped {ing} {obj}", "{n} stopped {ing} {obj}",
            "{n} gave up {ing} {obj}", "{n} has quit {ing} {obj}", "{n} does not {base} {obj} anymore",
            "{n} doesn't {base} {obj} any longer", "{n} has ceased {ing} {obj}"]


@pytest.mark.parametrize("seed", range(3))
def test_an_ending_is_one_denial_of_the_proposition(seed):
    rng = random.Random(seed)
    for _ in range(8):
        third, ing, base, obj = rng.choice(_VERBS)
        name = rng.choice(["Dario", "Esme", "Hamid", "Corinne"])
        denied = rng.choice(_ENDINGS).format(n=name, third=third, ing=ing, base=base, obj=obj)
        plain = f"{name} {third} {obj}"
        [said] = read_context(denied + ".").statements
        [kept] = read_context(plain + ".").statements
        phrase, reference = said.skeleton[1], kept.skeleton[1]
        assert phrase.negated and not reference.negated, denied
        assert roots(phrase.content) == roots(reference.content), (denied, phrase)


def test_stopping_in_order_to_is_no_denial():
    assert as_denial("stopped to drink coffee".split()) == "stopped to drink coffee".split()
    assert as_denial("stopped at the shop".split()) == "stopped at the shop".split()
