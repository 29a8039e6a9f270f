"""Kinds named side by side are siblings: an exception stated for one kind never reaches the other.

Regression (the non-monotonic "yes" items answered "no"): in "Moths and wasps have wings. They typically fly at night.
Wasps cannot fly at night.", the loose reader grounded "a moth is a moth" on the closest proposition to "moth", the
rule's class "wasp" (the two score close: both insects), so the wasps' exception fell on the moths and the default
conclusion about them came out "no". Answers here by the definition of default reasoning: the default holds for every
kind no exception is stated for. Fresh pairs of kinds, acts and wordings per seed."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.entailment import answer_about

PAIRS = [("otters", "beavers"), ("herons", "storks"), ("moths", "wasps"), ("badgers", "foxes"),
         ("violas", "cellos"), ("lynxes", "bobcats"), ("toads", "newts"), ("kayaks", "canoes")]
ACTS = [("drift along the river at dusk", "drift along the river at dusk"),
        ("gather near the old mill", "gather near the old mill"),
        ("stay quiet in the cold months", "stay quiet in the cold months")]
SHARED = ["have {} in common", "are found in this valley", "are described in the guidebook"]
HEDGES = ["They typically {a}.", "They usually {a}.", "As a rule, they {a}.", "Generally, they {a}."]
DENIALS = ["{B} cannot {a}.", "{B} do not {a}.", "However, {b} never {a}."]


@pytest.mark.parametrize("seed", range(6))
def test_an_exception_for_one_kind_leaves_its_sibling_the_default(seed):
    rng = random.Random(seed)
    one, other = rng.sample(rng.choice(PAIRS), 2)
    act = rng.choice(ACTS)[0]
    shared = rng.choice(SHARED).format("a lot")
    context = " ".join([f"{one.capitalize()} and {other} {shared}.", rng.choice(HEDGES).format(a=act),
                        rng.choice(DENIALS).format(B=other.capitalize(), b=other, a=act)])
    asked = {f"{one} {act}": "yes", f"{one} do not {act}": "no", f"{other} {act}": "no"}
    for statement, gold in asked.items():
        verdict = answer_about(context, f"Does this entail that {statement}?")
        assert verdict.answer == gold, (context, statement, verdict.reason)
