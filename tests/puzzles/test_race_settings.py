"""A race named only in a setting taken off its sentence ("In a race, Kim beat Lee, and Lee beat Max. Who came
last?"): the setting's words still say which scale "beat" and "came last" speak of (`reader.py`). Before, the
setting was dropped with its words, "beat" was read as a plain relation and the question abstained. Fresh names and
orders, checked by brute force over finishing orders."""

from __future__ import annotations

import itertools
import random

import pytest

import agentlib

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]


@pytest.mark.parametrize("seed", range(8))
def test_beat_in_a_race_named_by_a_setting(seed):
    rng = random.Random(seed)
    names: list[str] = []
    while len(names) < 3:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    order = names[:]
    rng.shuffle(order)  # the finishing order, first to last
    facts = [f"{order[0]} beat {order[1]}", f"{order[1]} beat {order[2]}"]
    rng.shuffle(facts)
    setting = rng.choice(["In a race", "In the marathon", "At the school race", "In a sprint"])
    question, expected = rng.choice([("Who came last?", order[2]), ("Who won?", order[0]),
                                     ("Who finished last?", order[2])])
    text = f"{setting}, {facts[0]}, and {facts[1]}. {question}"
    orders = [p for p in itertools.permutations(names) if all(p.index(a) < p.index(b) for a, b in
                                                               [(order[0], order[1]), (order[1], order[2])])]
    assert len(orders) == 1
    verdict = agentlib.solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason, verdict.unparsed)
