"""Kinds of speakers free to say anything, defined in everyday words: "normals can do either", "a normal person can
do either", "spies can say anything", "a normal person sometimes lies". The first two were not understood, and
"spies" was read as the kind "spie" (its answer said "{'Al': 'spie'}" and "Is Al a spy?" asked of no kind).

Fresh names, kind words, definitions and claims; every assignment of kinds is tried here to key the answer."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Alvar", "Brisa", "Corin"]
FREE = [("normal", "normals", "a normal person"), ("spy", "spies", "a spy")]
DEFINITIONS = ["{plural} can do either", "{single} can do either", "{plural} can say anything",
               "{single} sometimes lies and sometimes tells the truth", "{plural} may go either way"]
CLAIMS = [("I am a knave.", lambda me, other: me == "knave"), ("I am a knight.", lambda me, other: me == "knight"),
          ("{other} is a knave.", lambda me, other: other == "knave"),
          ("{other} is a knight.", lambda me, other: other == "knight"),
          ("{other} and I are both knaves.", lambda me, other: me == other == "knave")]


@pytest.mark.parametrize("seed", range(30))
def test_a_free_kind_defined_in_everyday_words(seed):
    rng = random.Random(seed)
    word, plural, single = rng.choice(FREE)
    definition = rng.choice(DEFINITIONS).format(plural=plural, single=single)
    a, b = rng.sample(NAMES, 2)
    claims = {a: rng.choice(CLAIMS), b: rng.choice(CLAIMS)}
    kinds = ["knight", "knave", word]
    worlds = []
    for ka, kb in itertools.product(kinds, repeat=2):
        if ka == kb == word:
            continue  # at most one of them is free (said below)
        fine = True
        for who, mine, theirs in ((a, ka, kb), (b, kb, ka)):
            truth = claims[who][1](mine, theirs)
            fine &= truth if mine == "knight" else (not truth) if mine == "knave" else True
        if fine:
            worlds.append((ka, kb))
    opening = f"Knights always tell the truth, knaves always lie, and {definition}."
    said = " ".join(f"{p} says '{claims[p][0].format(other=q)}'" for p, q in ((a, b), (b, a)))
    text = f"{opening} At most one of {a} and {b} is a {word}. {said} Is {a} a {word}?"
    verdict = solve(text)
    if not worlds:
        assert verdict.status != "verified", (text, verdict.answer)
        return
    free = {w[0] == word for w in worlds}
    expected = "cannot be determined" if len(free) == 2 else "yes" if free.pop() else "no"
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason)
