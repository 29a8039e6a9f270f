"""A rule typed without its comma, then a bare verb asked: "if the dog barks the baby wakes up. the baby didn't wake
up. did the dog bark?" abstained, because "the baby wakes up" was taken for the complement "barks" took, and the
question became "did the dog bark the baby wakes up?" (`ellipsis.complete_bare_verbs`). Where a condition has no
comma, its verb's complement is not recorded; fresh rules of this shape are checked against their truth tables."""

from __future__ import annotations

import random

import pytest

import agentlib

# (subject, third person, base, past)
CLAUSES = [("the dog", "barks", "bark", "barked"), ("the baby", "cries", "cry", "cried"),
           ("the phone", "rings", "ring", "rang"), ("the kettle", "whistles", "whistle", "whistled"),
           ("the cat", "hides", "hide", "hid"), ("the light", "flickers", "flicker", "flickered")]


@pytest.mark.parametrize("seed", range(12))
def test_a_commaless_rule_answers_its_bare_questions(seed):
    rng = random.Random(seed)
    (s1, third1, base1, past1), (s2, third2, base2, past2) = rng.sample(CLAUSES, 2)
    fact, question, expected = rng.choice([
        (f"{s2} didn't {base2}.", f"did {s1} {base1}?", "no"),  # modus tollens
        (f"{s2} {past2}.", f"did {s1} {base1}?", "cannot be determined"),  # the consequent affirmed
        (f"{s1} {past1}.", f"did {s2} {base2}?", "yes"),  # modus ponens
    ])
    text = f"{rng.choice(['', 'lol ', 'ok so '])}if {s1} {third1} {s2} {third2}. {fact} {question}"
    verdict = agentlib.solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason)
