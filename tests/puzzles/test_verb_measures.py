"""A measure said with a verb and with an adjective is one scale: "Tom weighs more than Pip" and "Who is the
heaviest?" (or "Max is lighter than Pip"), "costs more than" and "the cheapest". Regression: "weighs more" built its
own scale, so "Who is the heaviest?" abstained and "heavier" beside "weighs less" left the order open."""

from __future__ import annotations

import random

import pytest

import agentlib

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
# (verb up, verb down, adjective up, adjective down, superlative up, superlative down)
MEASURES = [("weighs more than", "weighs less than", "is heavier than", "is lighter than", "the heaviest",
             "the lightest"),
            ("costs more than", "costs less than", "is more expensive than", "is cheaper than", "the most expensive",
             "the cheapest")]


def _names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


@pytest.mark.parametrize("seed", range(16))
def test_verb_and_adjective_wordings_share_one_scale(seed):
    rng = random.Random(seed)
    measure = rng.choice(MEASURES)
    names = _names(rng, 3)
    order = names[:]  # order[0] is the most
    rng.shuffle(order)
    clues = []
    for above, below in ((order[0], order[1]), (order[1], order[2])):
        if rng.random() < 0.5:
            clues.append(f"{above} {rng.choice(measure[0:4:2])} {below}.")
        else:
            clues.append(f"{below} {rng.choice(measure[1:4:2])} {above}.")
    rng.shuffle(clues)
    most = rng.random() < 0.5
    question = f"Who is {measure[4] if most else measure[5]}?"
    text = " ".join(clues) + " " + question
    verdict = agentlib.solve(text)
    assert (verdict.status, verdict.answer) == ("verified", order[0] if most else order[2]), (text, verdict.reason)


@pytest.mark.parametrize("seed", range(8))
def test_a_pair_asked_in_the_other_wording(seed):
    rng = random.Random(100 + seed)
    up, down, adj_up, adj_down, *_ = rng.choice(MEASURES)
    names = _names(rng, 3)  # in order, the most first
    text = f"{names[0]} {up} {names[1]}. {names[2]} {down} {names[1]}. "
    a, b = rng.sample(names, 2)
    adjective = rng.choice([adj_up, adj_down])  # "is heavier than": asked as "Is A heavier than B?"
    text += f"Is {a} {adjective.removeprefix('is ')} {b}?"
    a_is_more = names.index(a) < names.index(b)
    expected = "yes" if a_is_more == (adjective == adj_up) else "no"
    verdict = agentlib.solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason)
