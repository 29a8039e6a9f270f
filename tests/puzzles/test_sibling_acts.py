"""Verbs for different acts of one event are two propositions (`sibling_acts.py`): "borrows the book" and "returns
the book" scored 0.84 as phrases, so the loose reader could join them as one. Fresh near-miss pairs in modus ponens
and modus tollens frames, over names, things and consequences: no reader answers as if they were one; a synonym
("buys" / "purchases") or the same verb still joins.
"""

from __future__ import annotations

import random

import pytest

import agentlib
from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.contrasts import APART
from agentlib.puzzles.english.meaning import default_similarity
from agentlib.puzzles.english.sibling_acts import EVENTS, different_acts

# (third person, plain form) of verbs from different acts of one event
NEAR_MISSES = [(("borrows", "borrow"), ("returns", "return")), (("sells", "sell"), ("buys", "buy")),
               (("lends", "lend"), ("borrows", "borrow")), (("rents", "rent"), ("buys", "buy")),
               (("buys", "buy"), ("returns", "return")), (("borrows", "borrow"), ("steals", "steal")),
               (("writes", "write"), ("reads", "read")), (("washes", "wash"), ("dries", "dry")),
               (("hides", "hide"), ("finds", "find")), (("fixes", "fix"), ("breaks", "break")),
               (("sends", "send"), ("receives", "receive")), (("cooks", "cook"), ("eats", "eat"))]
SYNONYMS = [("buys", "purchases"), ("repairs", "fixes"), ("lends", "loans"), ("cleans", "washes")]
NAMES = ["Lia", "Omar", "Dana", "Ravi", "Tess", "Yusuf"]
THINGS = ["the book", "the bike", "the ladder", "the lamp", "the kettle", "the boat"]
RESULTS = [("is happy", "is not happy", "Is {n} happy?"), ("smiles", "does not smile", "Does {n} smile?"),
           ("is late", "is not late", "Is {n} late?")]


def _draw(seed: int):
    rng = random.Random(seed)
    first, second = rng.choice(NEAR_MISSES)
    if rng.random() < 0.5:
        first, second = second, first
    return first, second, rng.choice(NAMES), rng.choice(THINGS), rng.choice(RESULTS)


@pytest.mark.parametrize("seed", range(12))
def test_the_acts_of_one_event_are_never_one_proposition(seed):
    (verbs, _), (other, other_plain), name, thing, (result, denied, asked) = _draw(seed)
    assert min(default_similarity().matrix([f"{verbs} {thing}"], [f"{other} {thing}"])[0]) == APART
    ponens = _analyze(f"If {name} {verbs} {thing}, {name} {result}. {name} {other} {thing}. So {name} {result}.")
    assert not (ponens.status == "verified" and ponens.answer == "valid")
    tollens = _analyze(f"If {name} {verbs} {thing}, {name} {result}. {name} {denied}. So {name} does not "
                       f"{other_plain} {thing}.")
    assert not (tollens.status == "verified" and tollens.answer == "valid")
    question = agentlib.solve(f"If {name} {verbs} {thing}, then {name} {result}. {name} {other} {thing}. "
                              + asked.format(n=name))
    assert question.answer not in ("yes", "no")


def test_synonyms_and_the_same_verb_still_join():
    for left, right in SYNONYMS:
        assert not different_acts({left, left[:-1]}, {right, right[:-1]}), (left, right)
        assert default_similarity().matrix([f"{left} the car"], [f"{right} the car"])[0][0] > 0
    valid = _analyze("If Lia borrows the book, Lia is happy. Lia borrows the book. So Lia is happy.")
    assert (valid.status, valid.answer) == ("verified", "valid")


def test_no_act_is_listed_twice_within_one_event():
    for event in EVENTS:
        words = [w for act in event for w in act]
        assert len(words) == len(set(words)), event
