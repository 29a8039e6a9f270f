"""The kinds of a knights puzzle asked as an instruction: "Determine Hal and Ivy.", "Identify each.", "Figure out who
is who.", "Tell me what they are." (they abstained as question forms the grammar did not know, or as no question).

Fresh names, claims and instructions; every assignment of kinds is tried here to key the answer."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Halvard", "Ivette", "Jorah", "Kesia"]
ASKS = ["Determine {a} and {b}.", "Identify each.", "Figure out who is who.", "Tell me what they are.",
        "Work out what each of them is.", "Determine what {a} and {b} are.", "Identify each of them.",
        "Find out what each one is."]


def _claim(rng: random.Random, speaker: str, other: str):  # noqa: ANN202 (text, truth over the kinds)
    return rng.choice([
        (f"{other} is a knave.", lambda k: k[other] == "knave"),
        (f"{other} is a knight.", lambda k: k[other] == "knight"),
        (f"{other} and I are both knights.", lambda k: k[other] == k[speaker] == "knight"),
        (f"{other} and I are different kinds.", lambda k: k[other] != k[speaker]),
        ("At least one of us is a knave.", lambda k: "knave" in k.values()),
    ])


@pytest.mark.parametrize("seed", range(24))
def test_kinds_asked_as_an_instruction(seed):
    for attempt in range(20):
        rng = random.Random(seed * 100 + attempt)
        a, b = rng.sample(NAMES, 2)
        claims = {a: _claim(rng, a, b), b: _claim(rng, b, a)}
        worlds = [dict(zip((a, b), kinds)) for kinds in itertools.product(["knight", "knave"], repeat=2)]
        worlds = [k for k in worlds if all(claims[p][1](k) == (k[p] == "knight") for p in (a, b))]
        if len(worlds) == 1:
            break
    else:
        pytest.skip("no drawn claims fixed the kinds")
    said = " ".join(f"{p} says '{claims[p][0]}'" for p in (a, b))
    ask = rng.choice(ASKS).format(a=a, b=b)
    text = f"Knights always tell the truth and knaves always lie. {said} {ask}"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == worlds[0], (text, verdict.answer, verdict.reason)


@pytest.mark.parametrize("text", [
    "Knights always tell the truth and knaves always lie. Hal: 'Ivy and I are both knights.' Ivy: 'Hal is a knave.' "
    "Determine Hal and Ivy.",
    "Who is the liar? Ollie says 'Pia did it.' Pia says 'Quin did it.' Quin says 'Pia is lying.' Exactly one of them "
    "did it, and exactly one of them is lying.",
    "Knights always tell the truth and knaves always lie. Al says 'Bo is a knave.' Identify each.",
])
def test_an_instruction_or_a_question_asked_first_is_routed_to_the_english_reader(text):
    """`agentlib.solve` routes a text by its families' `detect`; the English family saw no question in these (an
    instruction closed by a full stop after a quoted speech; a question asked first), so nothing read them."""
    from agentlib.puzzles.english.family import FAMILY

    assert FAMILY.detect(text) >= 0.5
