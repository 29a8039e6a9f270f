"""Something owned and named in one breath ("Sam has a dog named Rex.", "Sam's dog is called Rex.", "I have a cat
called Tom.") reads as "Rex is Sam's dog": rules about the kind and about the owner's things reach the named one. It
abstained ("1 sentence not understood"). Fresh owners, names, kinds, verbs and rule shapes; the expected answer is
the syllogism's, worked out here."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.named_possessions import name_possessions

OWNERS = ["Sabine", "Tariq", "Ulrike", "Vosper", "Wendeline", "Yorick"]
NAMES = ["Bramble", "Cosmo", "Dottie", "Ember", "Fennel", "Gizmo", "Hazel"]
KINDS = [("dog", "dogs", "barks", "bark"), ("parrot", "parrots", "talks", "talk"), ("cat", "cats", "purrs", "purr"),
         ("horse", "horses", "gallops", "gallop"), ("goat", "goats", "climbs", "climb")]


def _owned(rng: random.Random, owner: str, kind: str, name: str) -> str:
    if owner == "I":
        return rng.choice([f"I have a {kind} named {name}.", f"I own a {kind} called {name}."])
    return rng.choice([f"{owner} has a {kind} named {name}.", f"{owner} owns a {kind} called {name}.",
                       f"{owner} has a {kind}, named {name}.", f"{owner}'s {kind} is called {name}.",
                       f"{owner}'s {kind} is named {name}."])


@pytest.mark.parametrize("seed", range(20))
def test_a_rule_about_the_kind_reaches_the_named_one(seed):
    rng = random.Random(seed)
    owner = rng.choice(OWNERS + ["I"])
    name = rng.choice(NAMES)
    kind, kinds, verb_s, verb = rng.choice(KINDS)
    positive = rng.random() < 0.5
    rule = (rng.choice([f"Every {kind} {verb_s}.", f"All {kinds} {verb}."]) if positive
            else rng.choice([f"No {kind} {verb_s}.", f"No {kinds} {verb}."]))
    sentences = [rule, _owned(rng, owner, kind, name)]
    rng.shuffle(sentences)
    verdict = solve(f"{' '.join(sentences)} Does {name} {verb}?")
    assert verdict.status == "verified" and verdict.answer == ("yes" if positive else "no"), (
        sentences, verdict.answer, verdict.reason, verdict.unparsed)


@pytest.mark.parametrize("seed", range(10))
def test_a_rule_about_the_owners_things_reaches_the_named_one(seed):
    rng = random.Random(seed)
    owner, name = rng.choice(OWNERS), rng.choice(NAMES)
    kind, kinds, _, _ = rng.choice(KINDS)
    text = f"All of {owner}'s pets are {kinds}. {owner} has a pet named {name}. Is {name} a {kind}?"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == "yes", (text, verdict.reason, verdict.unparsed)


def test_only_having_is_read_as_owning():
    assert name_possessions("Sabine met a dog named Cosmo.") == "Sabine met a dog named Cosmo."
    assert name_possessions("The vet has a dog named Cosmo.") == "The vet has a dog named Cosmo."
    assert name_possessions("Sabine has a dog named Cosmo.") == "Cosmo is Sabine's dog."
