"""A question with a verb that only says something takes place ("What happens first?", "What comes first?", "What
occurs last?") about the one order of events a text gives ("The dinner starts after the speech"): fresh events,
verbs and clue orders, answers by brute force over every order; a measure ("Ann ran faster than Bob. Who came
first?") and "finished" keep abstaining."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

from agentlib.puzzles.english.family import solve

EVENTS = ["the speech", "the dinner", "the concert", "the meeting", "the film", "the lecture", "the party"]
VERBS = [("starts", "starts"), ("begins", "begins"), ("is", "is")]
ASKED = ["What happens {end}?", "What comes {end}?", "What occurs {end}?", "Which event happens {end}?"]


@pytest.mark.parametrize("seed", range(4))
def test_a_generic_verb_asks_about_the_one_order(seed: int) -> None:
    rng = random.Random(seed)
    events = rng.sample(EVENTS, 3)
    order = rng.sample(events, 3)
    pairs = [(order[0], order[1]), (order[1], order[2])]
    verb = rng.choice(VERBS)[0]
    said = [f"{b[0].upper()}{b[1:]} {verb} after {a}." if rng.random() < 0.5 else
            f"{a[0].upper()}{a[1:]} {verb} before {b}." for a, b in pairs]
    rng.shuffle(said)
    first = rng.random() < 0.5
    question = rng.choice(ASKED[:3]).format(end="first" if first else "last")
    ends = {o[0] if first else o[-1] for o in permutations(events) if all(o.index(a) < o.index(b) for a, b in pairs)}
    verdict = solve(" ".join(said) + " " + question)
    assert (verdict.status, verdict.answer) == ("verified", ends.pop()), (said, question, verdict.reason)


@pytest.mark.parametrize("text", ["Ann ran faster than Bob. Who came first?",
                                  "Ann started before Bob. Bob started before Cy. Who finished first?"])
def test_measures_and_finishing_keep_their_own_scales(text: str) -> None:
    assert solve(text).status == "abstained"
