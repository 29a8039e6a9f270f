"""Fast typing read as meant: "alice is taller then bob" ("then" for "than" after a comparative), "all cats r
animals" ("r" for "are"), and markdown emphasis around a question ("*Is Ann taller than Bo?*"). Fresh names,
comparatives and orders, keyed by brute force over the orders; before, each sentence with "then" or "r" was "not
understood" and the starred question was "no question found". "If Ann is older, then ..." and letters ("If P then R")
keep their words."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

NAMES = ["alice", "bob", "carol", "dave", "erin", "frank"]
COMPARATIVES = [("taller", "tallest", "shortest"), ("older", "oldest", "youngest"), ("faster", "fastest", "slowest")]


@pytest.mark.parametrize("seed", range(16))
def test_then_after_a_comparative_is_than(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, 3)
    word, top, bottom = rng.choice(COMPARATIVES)
    order = rng.sample(people, 3)  # order[0] has the most
    sentences = [f"{order[0]} is {word} then {order[1]}", f"{order[1]} is {word} then {order[2]}"]
    rng.shuffle(sentences)
    ask_top = rng.random() < 0.5
    text = ". ".join(sentences) + f". who is {'the ' if rng.random() < 0.5 else ''}{top if ask_top else bottom}??"
    if rng.random() < 0.5:
        text = f"*{text}*"
    verdict = solve(text).to_dict()
    expected = (order[0] if ask_top else order[2]).capitalize()
    assert (verdict["status"], verdict["answer"]) == ("verified", expected), text


@pytest.mark.parametrize("seed", range(10))
def test_r_between_words_is_are(seed):
    rng = random.Random(seed)
    kind, bigger = rng.choice([("cats", "animals"), ("roses", "flowers"), ("dogs", "mammals"), ("oaks", "trees")])
    name = rng.choice(["tom", "rex", "max", "lily"])
    text = f"all {kind} r {bigger}. {name} is a {kind[:-1]}. so {name} is a {bigger[:-1]}."
    analysis = _analyze(text)
    assert (analysis.status, analysis.answer) == ("verified", "valid"), text


def test_then_and_r_that_are_meant_stay():
    assert solve("If Ann is older, then Bo is younger. Ann is older. Is Bo younger?").to_dict()["answer"] == "yes"
    verdict = solve("If P then R. P. Is R true?").to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", "yes")


@pytest.mark.parametrize("pair", list(itertools.permutations(["Ann", "Bo"])))
def test_a_starred_question_is_read(pair):
    a, b = pair
    verdict = solve(f"Ann is taller than Bo. *Is {a} taller than {b}?*").to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", "yes" if a == "Ann" else "no")
