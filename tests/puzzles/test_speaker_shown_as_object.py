"""The speaker in an object's place is "me" in a verdict's reason ("Mark ignores me"; it was "Mark ignores I").
Fresh names, verbs and argument forms."""

from __future__ import annotations

import random

import pytest

from agentlib import analyze

NAMES = ["Mark", "Ines", "Tobias", "Wen"]
VERBS = [("ignores", "ignoring", "ignore"), ("calls", "calling", "call"), ("helps", "helping", "help"),
         ("visits", "visiting", "visit")]


@pytest.mark.parametrize("seed", range(8))
def test_the_speaker_as_an_object_reads_me(seed):
    rng = random.Random(seed)
    who, (verb, ing, base) = rng.choice(NAMES), rng.choice(VERBS)
    text = f"Either {who} forgot or {who} is {ing} me. {who} didn't forget. So {who} is {ing} me."
    verdict = analyze(text)
    assert verdict.status == "verified" and verdict.answer == "valid", verdict.reason
    assert f"{verb} me" in verdict.reason and f"{verb} I" not in verdict.reason, verdict.reason
