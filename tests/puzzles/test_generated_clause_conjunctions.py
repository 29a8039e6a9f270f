"""Two quantified sentences typed as one ("Every poodle is a dog and no dog is a cat."), generated with fresh nouns
and forms, and checked against the answer of every model over a small domain (brute force).

The grammar read "a dog and no dog" as one phrase and abstained; each clause now reads as its own sentence.
"""

from __future__ import annotations

import random
from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.words import is_word

SYLLABLES = ["bl", "gr", "zr", "fl", "sn", "tw", "kr", "pl"]
VOWELS = ["ee", "oo", "a", "i", "o", "u"]
# (first clause, second clause, question, test of a model): a model is each thing's three memberships (A, B, C)
FORMS = [
    ("Every {a} is a {b}", "no {b} is a {c}", "Is it true that no {a} is a {c}?",
     lambda m: not any(x[0] and x[2] for x in m)),
    ("All {A} are {B}", "all {B} are {C}", "Are all {A} {C}?", lambda m: all(x[2] for x in m if x[0])),
    ("Every {a} is a {b}", "some {B} are {C}", "Is every {a} a {c}?", lambda m: all(x[2] for x in m if x[0])),
]
PREMISES = [
    (lambda m: all(x[1] for x in m if x[0]), lambda m: not any(x[1] and x[2] for x in m)),
    (lambda m: all(x[1] for x in m if x[0]), lambda m: all(x[2] for x in m if x[1])),
    (lambda m: all(x[1] for x in m if x[0]), lambda m: any(x[1] and x[2] for x in m)),
]


def _noun(rng: random.Random) -> str:
    """A made-up noun; its forms with the endings added below are never English words ("grime" + "s" is a verb
    form, and "All grimes are ..." reads the verb: a lexicon question apart from this test's)."""
    while True:
        stem = rng.choice(SYLLABLES) + rng.choice(VOWELS) + rng.choice(["p", "g", "b", "m", "t"])
        if not any(is_word(stem + ending + plural, pos) for ending in "aeo" for plural in ("", "s")
                   for pos in ("NOUN", "VERB", "ADJ")):
            return stem


def _expected(k: int) -> str:
    """yes / no / cannot be determined over every model of up to three things, each with an A (the question is
    about existing A's, as "Is every A a C?" presupposes)."""
    values = set()
    for size in (1, 2, 3):
        for model in product(product([True, False], repeat=3), repeat=size):
            if any(x[0] for x in model) and all(p(model) for p in PREMISES[k]):
                values.add(FORMS[k][3](model))
    return "yes" if values == {True} else "no" if values == {False} else "cannot be determined"


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10**9))
def test_two_quantified_clauses_joined_by_and_read_as_two_sentences(seed):
    rng = random.Random(seed)
    a, b, c = _noun(rng) + "a", _noun(rng) + "e", _noun(rng) + "o"
    k = rng.randrange(len(FORMS))
    words = {"a": a, "b": b, "c": c, "A": a + "s", "B": b + "s", "C": c + "s"}
    first, second, question, _ = FORMS[k]
    text = f"{first.format(**words)} and {second.format(**words)}. {question.format(**words)}"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", _expected(k)), (text, verdict.reason)
