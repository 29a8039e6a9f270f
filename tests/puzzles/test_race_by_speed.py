"""A race told by speeds and asked by places ("... had a race. Pip was faster than Tilly. ... Who came last?"),
checked by brute force: every finishing order (fastest first) the speed clues allow, the answer where all agree.

First sight (before `race_speed.py`): every case that asks a place abstained ("finish position: a position on a
scale where ties are allowed"); "Did X finish before Y?" abstained too; none was wrong. Without a race named the
places stay unread (first at what?)."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Tilly", "Pip", "Moss", "Rory", "Wren", "Juno", "Otto", "Bea", "Cato", "Lark"]
RACES = ["{cast} had a race.", "{cast} ran a race.", "{cast} ran in a sprint.", "{cast} raced to the gate."]
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}


def _cast(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


def _clue(a: str, b: str, rng: random.Random) -> str:
    """`a` is faster than `b`, in one of its wordings."""
    return rng.choice([f"{a} was faster than {b}.", f"{b} was slower than {a}.", f"{a} ran faster than {b}."])


def _case(rng: random.Random) -> tuple[str, object]:
    order = rng.sample(NAMES, rng.randint(3, 4))  # fastest first
    pairs = list(zip(order, order[1:]))
    if rng.random() < 0.3:
        pairs.pop(rng.randrange(len(pairs)))  # an order the clues may leave open
    clues = [_clue(a, b, rng) for a, b in pairs]
    rng.shuffle(clues)
    orders = [p for p in itertools.permutations(order)
              if all(p.index(a) < p.index(b) for a, b in pairs)]
    kind = rng.choice(["last", "place", "won", "before"])
    if kind == "before":
        x, y = rng.sample(order, 2)
        asked = f"Did {x} finish before {y}?"
        said = {p.index(x) < p.index(y) for p in orders}
        answer = ("yes" if said == {True} else "no") if len(said) == 1 else None
    else:
        place = {"last": len(order), "won": 1}.get(kind) or rng.randint(1, len(order))
        asked = {"last": "Who came last?", "won": "Who won the race?"}.get(kind) or \
            f"Who finished {ORDINALS[place]}?"
        found = {p[place - 1] for p in orders}
        answer = found.pop() if len(found) == 1 else None
    text = " ".join([rng.choice(RACES).format(cast=_cast(rng.sample(order, len(order)))), *clues, asked])
    return text, answer


@pytest.mark.parametrize("seed", range(40))
def test_places_in_a_race_follow_the_speeds(seed):
    text, answer = _case(random.Random(seed))
    verdict = solve(text)
    if answer is None:
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.answer)
    else:
        assert (verdict.status, verdict.answer) == ("verified", answer), (text, verdict.reason, verdict.unparsed)


def test_without_a_race_the_places_stay_unread():
    verdict = solve("Pip was faster than Tilly. Moss was faster than Pip. Who came last?")
    assert verdict.status == "abstained", verdict.answer
