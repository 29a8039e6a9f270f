"""A bare generic tolerates exceptions (`generic_exceptions.py`): "Cats purr. So every cat purrs." was verified
"valid" and "Birds sing. Is it true that every bird sings?" "yes". Fresh kinds, verbs, names and wordings: a
conclusion about the kind's members at large never rests on a generic, while the same generic still gives its named
members, and an explicit "all" still gives everything.
"""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

KINDS = [("cat", "cats", "purrs", "purr"), ("bird", "birds", "sings", "sing"), ("dog", "dogs", "barks", "bark"),
         ("frog", "frogs", "jumps", "jump"), ("horse", "horses", "runs", "run"), ("duck", "ducks", "quacks", "quack"),
         ("lion", "lions", "roars", "roar"), ("bee", "bees", "buzzes", "buzz"), ("baby", "babies", "cries", "cry")]
NAMES = ["Tweety", "Rex", "Milo", "Luna", "Otis", "Pip", "Nala", "Bo"]
SEEDS = range(8)


def _draw(seed: int) -> tuple[tuple[str, str, str, str], str]:
    rng = random.Random(seed)
    return rng.choice(KINDS), rng.choice(NAMES)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_generic_does_not_give_every_member(seed):
    (one, many, verbs, verb), _ = _draw(seed)
    universal = random.Random(seed).choice([f"every {one} {verbs}", f"all {many} {verb}", f"each {one} {verbs}"])
    analysis = _analyze(f"{many.capitalize()} {verb}. So {universal}.")
    assert analysis.status != "verified" or analysis.answer == "invalid"
    verdict = solve(f"{many.capitalize()} {verb}. Is it true that {universal}?")
    assert verdict.status != "verified" or verdict.answer == "cannot be determined"


@pytest.mark.parametrize("seed", SEEDS)
def test_a_generic_still_gives_its_named_members_and_all_gives_everything(seed):
    (one, many, verbs, verb), name = _draw(seed)
    article = "an" if one[0] in "aeiou" else "a"
    named = _analyze(f"{many.capitalize()} {verb}. {name} is {article} {one}. So {name} {verbs}.")
    assert (named.status, named.answer) == ("verified", "valid")
    every = _analyze(f"All {many} {verb}. So every {one} {verbs}.")
    assert (every.status, every.answer) == ("verified", "valid")
    asked = solve(f"All {many} {verb}. {name} is {article} {one}. Does {name} {verb}?")
    assert (asked.status, asked.answer) == ("verified", "yes")
