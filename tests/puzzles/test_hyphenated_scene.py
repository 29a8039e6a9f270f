"""A scene opening a sentence is set aside whether or not its words are hyphenated: "At the go-kart track, Hana
finished behind Ivo." reads as "In the race, ..." does (the hyphen made the whole sentence unread). Generated over
fresh names, scenes, clue wordings and questions, checked against brute force over every finishing order."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Hana", "Ivo", "Jax", "Kemi", "Lars"]
SCENES = ["At the go-kart track", "In the 100-metre race", "At the end-of-year fun-run",
          "During the egg-and-spoon race", "At the go-kart race"]
QUESTIONS = {"Who won?": 0, "Who finished last?": -1}


def _brute(names: tuple[str, ...], ahead: list[tuple[str, str]], place: int) -> set[str]:
    return {order[place] for order in itertools.permutations(names)
            if all(order.index(a) < order.index(b) for a, b in ahead)}


@given(st.permutations(NAMES).map(lambda p: tuple(p[:3])), st.sampled_from(SCENES), st.booleans(), st.booleans(),
       st.sampled_from(sorted(QUESTIONS)))
@settings(max_examples=20, deadline=None, derandomize=True)
def test_a_hyphenated_scene_is_set_aside(order, scene, first_behind, second_behind, question):
    a, b, c = order
    one = f"{b} finished behind {a}" if first_behind else f"{a} finished ahead of {b}"
    two = f"{c} finished behind {b}" if second_behind else f"{b} finished ahead of {c}"
    text = f"{scene}, {one}. {two}. {question}"
    expected = _brute(order, [(a, b), (b, c)], QUESTIONS[question])
    verdict = solve(text)
    assert len(expected) == 1
    assert verdict.status == "verified" and verdict.answer == next(iter(expected)), (text, verdict.answer)
