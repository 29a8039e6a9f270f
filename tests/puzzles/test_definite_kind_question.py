"""A kind asked with "the" and a hyphen: "Who is the truth-teller?", "Which one is the truth-teller?", "Is Ann the
truth-teller?" read as "the liar" does. Regression: the hyphenated noun after "the" was refused."""

from __future__ import annotations

import itertools
import random

import pytest

import agentlib

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]


@pytest.mark.parametrize("seed", range(12))
def test_the_truth_teller_asked_with_the(seed):
    rng = random.Random(seed)
    a, b = rng.sample(sorted({"".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize() for _ in range(6)}), 2)
    # a says "b is a liar"; b says either "we are both truth-tellers" or "at least one of us is a liar"
    claim = rng.choice(["We are both truth-tellers.", "At least one of us is a liar."])
    text = (f'{a} says "{b} is a liar." {b} says "{claim}" Each is a truth-teller or a liar. '
            f"{rng.choice(['Who is the truth-teller?', 'Which one is the truth-teller?'])}")
    worlds = []
    for ta, tb in itertools.product([True, False], repeat=2):
        said_a = not tb
        said_b = (ta and tb) if claim.startswith("We") else (not ta or not tb)
        if said_a == ta and said_b == tb:
            worlds.append((ta, tb))
    truthful = {tuple(n for n, t in zip((a, b), w) if t) for w in worlds}
    verdict = agentlib.solve(text)
    if len(truthful) == 1 and len(next(iter(truthful))) == 1:
        assert (verdict.status, verdict.answer) == ("verified", next(iter(truthful))[0]), (text, verdict.reason)
    else:
        assert verdict.status != "verified" or verdict.answer not in (a, b), (text, verdict.answer)
