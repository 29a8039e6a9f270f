""""Who is the oldest of the brothers?" when only some of the people are brothers: the group may be a subset, so it
is never read as everyone named. Regression: "Ann, Bo and Cy are friends. Bo and Cy are brothers. Ann is older than
Bo. Bo is older than Cy. Who is the oldest of the brothers?" was verified "Ann" (`Grammar.superlative` dropped any
plural group). A group counted as everyone ("of the three friends") or "of all the people" is still everyone."""

from __future__ import annotations

import random

import pytest

import agentlib

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]


def _names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


@pytest.mark.parametrize("seed", range(10))
def test_the_superlative_of_a_subgroup_is_never_the_whole_casts(seed):
    rng = random.Random(seed)
    oldest_first = _names(rng, 3)
    subgroup = rng.sample(oldest_first, 2)
    noun = rng.choice(["brothers", "sisters", "cousins", "twins"])
    statements = [f"{oldest_first[0]}, {oldest_first[1]} and {oldest_first[2]} are friends.",
                  f"{subgroup[0]} and {subgroup[1]} are {noun}.",
                  f"{oldest_first[0]} is older than {oldest_first[1]}.", f"{oldest_first[1]} is older than {oldest_first[2]}."]
    text = " ".join(statements) + f" Who is the oldest of the {noun}?"
    verdict = agentlib.solve(text)
    right = min(subgroup, key=oldest_first.index)
    assert verdict.status == "abstained" or verdict.answer == right, (text, verdict.answer)
    everyone = agentlib.solve(" ".join(statements) + " Who is the oldest of the three friends?")
    assert (everyone.status, everyone.answer) == ("verified", oldest_first[0]), everyone.reason
