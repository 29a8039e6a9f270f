""""Who is the liar?" of plain speakers ("Ollie says 'Pia did it.' ... Exactly one of them is lying."): the liar is
the one whose statement is false. With no kinds in the text, "liar" was an unrelated property and the question
abstained as ambiguous.

Fresh names, claims and wordings; every culprit and every truth of the statements is tried here to key the
answer."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ollie", "Pia", "Quin", "Rosa", "Sven", "Tamsin"]
QUESTIONS = ["Who is the liar?", "Which of them is the liar?", "Who is lying?", "Which one of them is lying?", "Who is the liar here?"]


def _claim(rng: random.Random, speaker: str, people: list[str]):  # noqa: ANN202 (text and its truth)
    other = rng.choice([p for p in people if p != speaker])
    kind = rng.choice(["did", "did_not", "lying", "truthful"])
    if kind == "did":
        return f"{other} did it.", lambda culprit, honest: culprit == other
    if kind == "did_not":
        return f"{other} didn't do it.", lambda culprit, honest: culprit != other
    if kind == "lying":
        return f"{other} is lying.", lambda culprit, honest: not honest[other]
    return f"{other} is telling the truth.", lambda culprit, honest: honest[other]


def _puzzle(seed: int) -> tuple[str, str] | None:
    for attempt in range(30):
        rng = random.Random(seed * 100 + attempt)
        people = rng.sample(NAMES, 3)
        claims = {p: _claim(rng, p, people) for p in people}
        worlds = []
        for culprit in people:
            for truths in itertools.product([True, False], repeat=3):
                honest = dict(zip(people, truths))
                if sum(not h for h in truths) == 1 and \
                        all(honest[p] == claims[p][1](culprit, honest) for p in people):
                    worlds.append(next(p for p in people if not honest[p]))
        if len(worlds) >= 1 and len(set(worlds)) == 1:
            said = " ".join(f"{p} says '{claims[p][0]}'" for p in people)
            rule = rng.choice(["Exactly one of them did it, and exactly one of them is lying.",
                               "One of them did it. Exactly one of them is lying.",
                               "Only one of them did it, and only one of them is lying."])
            return f"{said} {rule} {rng.choice(QUESTIONS)}", worlds[0]
    return None


@pytest.mark.parametrize("seed", range(20))
def test_the_liar_among_plain_speakers(seed):
    made = _puzzle(seed)
    if made is None:
        pytest.skip("no drawn puzzle fixed one liar")
    text, liar = made
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == liar, (text, verdict.answer, verdict.reason)


@pytest.mark.parametrize("seed", range(6))
def test_here_said_of_where_someone_is_stays(seed):
    """"here" closes "Who is the liar here?" as a word that adds nothing, but after the copula it says where."""
    from agentlib.puzzles.argument import _analyze

    rng = random.Random(seed)
    first, second = rng.sample(["the manager", "the clerk", "the cook", "the driver"], 2)
    analysis = _analyze(f"Neither {first} nor {second} is here. So {second} is not here.")
    assert analysis.status == "verified" and analysis.answer == "valid", (first, second, analysis.reason)
