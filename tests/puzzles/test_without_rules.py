""""Without a ticket, no one gets in.", "No one gets in without a ticket.", "Nobody without a key opens the safe.":
a rule said with "without" (`without_phrases.py`); it abstained (the conclusion "Kim has a ticket" spoke of what no
premise said).

Fresh names, things, acts, wordings and questions; the expected answer follows from "whoever does it has one"."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

NAMES = ["Kimiko", "Ravi", "Sunniva", "Tobias"]
THINGS = ["a ticket", "a key", "a permit", "a badge", "a pass"]
ACTS = [("gets in", "get in"), ("opens the safe", "open the safe"), ("parks here", "park here"),
        ("enters the lab", "enter the lab")]


def _rule(rng: random.Random, thing: str, act: str) -> str:
    nobody = rng.choice(["no one", "nobody"])
    return rng.choice([f"Without {thing}, {nobody} {act}.", f"{nobody.capitalize()} {act} without {thing}.",
                       f"{nobody.capitalize()} without {thing} {act}."])


@pytest.mark.parametrize("seed", range(24))
def test_a_rule_said_with_without(seed):
    rng = random.Random(seed)
    name, thing = rng.choice(NAMES), rng.choice(THINGS)
    act, base = rng.choice(ACTS)
    rule = _rule(rng, thing, act)
    form = rng.choice(["did", "lacks", "has"])
    if form == "did":
        text, expected = f"{rule} {name} {act}. Does {name} have {thing}?", "yes"
    elif form == "lacks":
        text, expected = f"{rule} {name} does not have {thing}. Does {name} {base}?", "no"
    else:
        text, expected = f"{rule} {name} has {thing}. Does {name} {base}?", "cannot be determined"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason)


@pytest.mark.parametrize("seed", range(8))
def test_an_argument_from_a_without_rule(seed):
    rng = random.Random(seed)
    name, thing = rng.choice(NAMES), rng.choice(THINGS)
    act, _ = rng.choice(ACTS)
    analysis = _analyze(f"{_rule(rng, thing, act)} {name} {act}. So {name} has {thing}.")
    assert analysis.status == "verified" and analysis.answer == "valid", (analysis.reason, analysis.unparsed)
