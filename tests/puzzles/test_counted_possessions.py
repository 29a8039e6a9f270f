"""Two counts of one thing had are exclusive: "All squares have four sides. This shape has three sides. Is this
shape a square?" was verified "cannot be determined" (a person says no: a shape has one number of sides). Fresh
kinds, things, counts (digits or words), and forms (the question and the argument); a count the rule does not
name leaves the answer open only where the counts agree."""

from __future__ import annotations

import random

import pytest

from agentlib import analyze
from agentlib.puzzles.english.family import solve

KINDS = [("square", "sides", "shape"), ("spider", "legs", "animal"), ("tricycle", "wheels", "vehicle"),
         ("quartet", "members", "band")]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight"}


@pytest.mark.parametrize("seed", range(16))
def test_a_different_count_rules_out_the_kind(seed):
    rng = random.Random(seed)
    kind, thing, noun = rng.choice(KINDS)
    n, m = rng.sample(sorted(WORDS), 2)
    say = (lambda k: WORDS[k]) if rng.random() < 0.5 else str
    same = rng.random() < 0.3
    count = n if same else m
    rule = f"All {kind}s have {say(n)} {thing}."
    fact = f"This {noun} has {say(count)} {thing}."
    if rng.random() < 0.5:
        verdict = solve(f"{rule} {fact} Is this {noun} a {kind}?").to_dict()
        assert (verdict["status"], verdict["answer"]) == ("verified", "cannot be determined" if same else "no")
    else:
        analysis = analyze(f"{rule} {fact} So this {noun} is not a {kind}.")
        assert (analysis.status, analysis.answer) == ("verified", "invalid" if same else "valid"), analysis.reason
